import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { CLOCK, type Clock } from '#platform';
import { executeBoardCeremony } from '../board-ceremony.js';
import { StepCeremonyCommand } from './step-ceremony.command.js';

/**
 * The award ceremony (docs/live-screens.md): each step reveals one more result of a frozen board to
 * spectators, from the last place up. The state is the trade's stream: spectators get only what has
 * been stepped to, and every screen of the board follows.
 */
@CommandHandler(StepCeremonyCommand)
export class StepCeremonyHandler implements ICommandHandler<StepCeremonyCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: StepCeremonyCommand): Promise<CommandAnswer> {
    return executeBoardCeremony(this.executor, this.clock, 'StepCeremony', command);
  }
}
