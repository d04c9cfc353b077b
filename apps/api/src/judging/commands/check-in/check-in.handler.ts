import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { CheckInCommand } from './check-in.command.js';
import type { CheckInAnswer } from '#contracts';

/** On the contest day the organiser or the trade's chief judge checks a competitor in by number. */
@CommandHandler(CheckInCommand)
export class CheckInHandler implements ICommandHandler<CheckInCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ tradeId, dto, caller }: CheckInCommand): Promise<CheckInAnswer> {
    const { commandId, competitorNumber } = dto;
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'CheckIn', competitorNumber, by: { userId: caller.user.userId, role: caller.user.role } },
      meta: commandMeta(caller, commandId),
    });
    return { commandId, position: result.position, competitorNumber, duplicate: result.duplicate };
  }
}
