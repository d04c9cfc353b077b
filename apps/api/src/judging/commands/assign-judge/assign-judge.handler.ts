import { NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider } from '#domain';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { commandMeta } from '../../../command-meta.js';
import { AssignJudgeCommand } from './assign-judge.command.js';
import type { PositionAnswer } from '#contracts';

/** The organiser puts a judge account on a trade's panel; its employer and city come along for conflict checks. */
@CommandHandler(AssignJudgeCommand)
export class AssignJudgeHandler implements ICommandHandler<AssignJudgeCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ tradeId, dto, caller }: AssignJudgeCommand): Promise<PositionAnswer> {
    await this.projections.catchUpToHead();
    const judge = this.projections.models.users.findById(dto.judgeId)?.profile;
    if (!judge) throw new NotFoundException({ message: `Unknown judge ${dto.judgeId}`, code: 'judges.unknown', params: {} });
    if (judge.role !== 'judge' && judge.role !== 'chief_judge') {
      throw new UnprocessableEntityException({
        message: `${dto.judgeId} is a ${judge.role} account, not a judge`,
        code: 'judges.not_a_judge',
        params: { role: judge.role },
      });
    }
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: {
        type: 'AssignJudge',
        member: { judgeId: judge.userId, role: dto.role, employer: judge.employer?.name ?? '', city: judge.city ?? '' },
      },
      meta: commandMeta(caller, dto.commandId),
    });
    return { commandId: dto.commandId, position: result.position };
  }
}
