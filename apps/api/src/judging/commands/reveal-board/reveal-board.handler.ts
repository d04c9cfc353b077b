import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { streams, tradeDecider } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { answer, commandMeta } from '../../../command-meta.js';
import { RevealBoardCommand } from './reveal-board.command.js';

/** The organiser reveals a frozen board: spectators see it as it stands. */
@CommandHandler(RevealBoardCommand)
export class RevealBoardHandler implements ICommandHandler<RevealBoardCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ tradeId, dto, caller }: RevealBoardCommand): Promise<CommandAnswer> {
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'RevealBoard', at: this.clock().toISOString() },
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
