import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { ReplaceDrawCommitmentCommand } from './replace-draw-commitment.command.js';
import type { DrawCommitmentAnswer } from '#contracts';

/** The seed committed to was lost: before the draw, a new commitment replaces it; both stay public, with the reason. */
@CommandHandler(ReplaceDrawCommitmentCommand)
export class ReplaceDrawCommitmentHandler implements ICommandHandler<ReplaceDrawCommitmentCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ tradeId, dto, caller }: ReplaceDrawCommitmentCommand): Promise<DrawCommitmentAnswer> {
    const commitment = dto.commitment.toLowerCase();
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'ReplaceDrawCommitment', commitment, reason: dto.reason },
      meta: commandMeta(caller, dto.commandId, dto.reason.trim()),
    });
    return { commandId: dto.commandId, position: result.position, commitment };
  }
}
