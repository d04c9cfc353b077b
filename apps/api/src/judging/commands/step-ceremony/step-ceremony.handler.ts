import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CommandAnswer } from '#contracts';
import { streams, tradeDecider } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { answer, commandMeta } from '../../../command-meta.js';
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

  async execute({ tradeId, dto, caller }: StepCeremonyCommand): Promise<CommandAnswer> {
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'StepCeremony', at: this.clock().toISOString() },
      meta: commandMeta(caller, dto.commandId),
    });
    return answer(dto.commandId, result);
  }
}
