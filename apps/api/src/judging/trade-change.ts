import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider, type TradeCommand } from '#domain';
import { commandMeta } from '../command-meta.js';
import type { RequestContext } from '../identity/auth.decorators.js';

/** A trade command that needs nothing beyond the trade's own stream: aspect assignments, freeze, reveal. */
export class TradeChange {
  constructor(
    readonly tradeId: string,
    readonly command: TradeCommand,
    readonly caller: RequestContext,
    readonly commandId: string,
  ) {}
}

@CommandHandler(TradeChange)
export class TradeChangeHandler implements ICommandHandler<TradeChange> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ tradeId, command, caller, commandId }: TradeChange) {
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command,
      meta: commandMeta(caller, commandId),
    });
    return { commandId, position: result.position, duplicate: result.duplicate, events: result.events.map((e) => e.type) };
  }
}
