import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { streams, tradeDecider } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { answer, commandMeta } from '../../../command-meta.js';
import { FreezeBoardCommand } from './freeze-board.command.js';

/** The organiser freezes the live board before the ceremony: spectators see it as it stood. */
@CommandHandler(FreezeBoardCommand)
export class FreezeBoardHandler implements ICommandHandler<FreezeBoardCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ tradeId, dto, caller }: FreezeBoardCommand): Promise<CommandAnswer> {
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'FreezeBoard', at: this.clock().toISOString() },
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
