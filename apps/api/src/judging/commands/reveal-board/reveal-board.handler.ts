import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { CLOCK, type Clock } from '#platform';
import { executeBoardCeremony } from '../board-ceremony.js';
import { RevealBoardCommand } from './reveal-board.command.js';

/** The organiser reveals a frozen board: spectators see it as it stands. */
@CommandHandler(RevealBoardCommand)
export class RevealBoardHandler implements ICommandHandler<RevealBoardCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: RevealBoardCommand): Promise<CommandAnswer> {
    return executeBoardCeremony(this.executor, this.clock, 'RevealBoard', command);
  }
}
