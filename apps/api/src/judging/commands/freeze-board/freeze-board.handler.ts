import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { CLOCK, type Clock } from '#platform';
import { executeBoardCeremony } from '../board-ceremony.js';
import { FreezeBoardCommand } from './freeze-board.command.js';

/** The organiser freezes the live board before the ceremony: spectators see it as it stood. */
@CommandHandler(FreezeBoardCommand)
export class FreezeBoardHandler implements ICommandHandler<FreezeBoardCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: FreezeBoardCommand): Promise<CommandAnswer> {
    return executeBoardCeremony(this.executor, this.clock, 'FreezeBoard', command);
  }
}
