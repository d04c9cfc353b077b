import type { CommandExecutor } from '#application';
import type { CommandAnswer, CommandDto } from '#contracts';
import { streams, tradeDecider } from '#domain';
import type { Clock } from '#platform';
import type { RequestContext } from '../../identity/auth.decorators.js';
import { answer, commandMeta } from '../../command-meta.js';

/** The board's ceremony commands: freeze it, step the award ceremony, reveal it. */
export type BoardCeremonyCommand = 'FreezeBoard' | 'StepCeremony' | 'RevealBoard';

/**
 * One ceremony command on the trade's stream, stamped with the server's clock (the freeze/reveal/step
 * handlers differ only by the command's type): answered as any command that writes.
 */
export async function executeBoardCeremony(
  executor: CommandExecutor,
  clock: Clock,
  type: BoardCeremonyCommand,
  { tradeId, dto, caller }: { tradeId: string; dto: CommandDto; caller: RequestContext },
): Promise<CommandAnswer> {
  const result = await executor.execute({
    streamId: streams.trade(tradeId),
    decider: tradeDecider,
    command: { type, at: clock().toISOString() },
    meta: commandMeta(caller, dto.commandId),
  });
  return answer(dto.commandId, result);
}
