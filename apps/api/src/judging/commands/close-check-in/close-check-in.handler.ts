import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { CloseCheckInCommand } from './close-check-in.command.js';
import type { CloseCheckInAnswer } from '#contracts';

/** Check-in is over: the drawn competitors not checked in are absent. */
@CommandHandler(CloseCheckInCommand)
export class CloseCheckInHandler implements ICommandHandler<CloseCheckInCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
  ) {}

  async execute({ tradeId, dto, caller }: CloseCheckInCommand): Promise<CloseCheckInAnswer> {
    const streamId = streams.trade(tradeId);
    const result = await this.executor.execute({
      streamId,
      decider: tradeDecider,
      command: { type: 'CloseCheckIn', by: { userId: caller.user.userId, role: caller.user.role } },
      meta: commandMeta(caller, dto.commandId),
    });
    // A retried request answers with the same list: it is in the stream's state either way.
    const state = (await this.cache.load(streamId, tradeDecider)).state;
    const absent = [...(state.competitors?.keys() ?? [])].filter((n) => !state.checkedIn?.has(n)).sort((a, b) => a - b);
    return { commandId: dto.commandId, position: result.position, absent, duplicate: result.duplicate };
  }
}
