import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { streams, tradeDecider } from '#domain';
import { answer, commandMeta, tradeActor } from '../../../command-meta.js';
import { AssignAspectsCommand } from './assign-aspects.command.js';

/** The chief judge (or the organiser) gives a judge the aspects they mark. */
@CommandHandler(AssignAspectsCommand)
export class AssignAspectsHandler implements ICommandHandler<AssignAspectsCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ tradeId, dto, caller }: AssignAspectsCommand): Promise<CommandAnswer> {
    const { commandId, judgeId, aspectIds } = dto;
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'AssignAspects', judgeId, aspectIds, by: tradeActor(caller) },
      meta: commandMeta(caller, commandId),
    });
    return answer(commandId, result);
  }
}
