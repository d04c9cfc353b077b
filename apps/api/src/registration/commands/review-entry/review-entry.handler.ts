import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { entryDecider, streams, tradeDecider } from '#domain';
import { ReviewEntryCommand } from './review-entry.command.js';

@CommandHandler(ReviewEntryCommand)
export class ReviewEntryHandler implements ICommandHandler<ReviewEntryCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
  ) {}

  async execute({ entryId, decision, commandId, caller }: ReviewEntryCommand) {
    const streamId = streams.entry(entryId);
    const result = await this.executor.execute({
      streamId,
      decider: entryDecider,
      command: decision,
      context: async () => {
        const entry = await this.cache.load(streamId, entryDecider);
        const tradeId = entry.state.details?.tradeId;
        const trade = tradeId ? await this.cache.load(streams.trade(tradeId), tradeDecider) : undefined;
        return { tradeExists: () => trade?.state.definition !== undefined, lotsDrawn: () => trade?.state.competitors !== undefined };
      },
      meta: {
        commandId,
        actor: { userId: caller.user.userId, role: caller.user.role },
        device: caller.device,
        correlationId: caller.correlationId,
        ...('reason' in decision ? { reason: decision.reason } : {}),
      },
    });
    return { entryId, commandId, position: result.position };
  }
}
