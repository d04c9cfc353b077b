import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { CommitDrawCommand } from './commit-draw.command.js';
import type { DrawCommitmentAnswer } from '#contracts';

/** Before the draw the organiser publishes the SHA-256 of the seed; the draw must reveal a seed that hashes to it. */
@CommandHandler(CommitDrawCommand)
export class CommitDrawHandler implements ICommandHandler<CommitDrawCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ tradeId, dto, caller }: CommitDrawCommand): Promise<DrawCommitmentAnswer> {
    const commitment = dto.commitment.toLowerCase();
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'CommitDraw', commitment },
      meta: commandMeta(caller, dto.commandId),
    });
    return { commandId: dto.commandId, position: result.position, commitment };
  }
}
