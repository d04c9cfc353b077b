import type { CommandMeta } from '#application';
import type { CommandAnswer } from '#contracts';
import type { TradeActor } from '#domain';
import type { RequestContext } from './identity/auth.decorators.js';

/** Who sent a command, from which device, and why: the metadata every event of the command carries. */
export const commandMeta = (caller: RequestContext, commandId: string, reason?: string): CommandMeta => ({
  commandId,
  actor: { userId: caller.user.userId, role: caller.user.role },
  device: caller.device,
  correlationId: caller.correlationId,
  ...(reason ? { reason } : {}),
});

/** The caller as a trade's rules see them (a judge, the chief judge, the organiser...). */
export const tradeActor = ({ user }: RequestContext): TradeActor => ({ userId: user.userId, role: user.role });

/** The tablet the command came from (the paired device, or the x-device-id header). */
export const deviceOf = (caller: RequestContext): string => caller.device ?? 'unknown-device';

/** The common answer to a command: where its events landed, or that it was a retry (nothing written). */
export const answer = (
  commandId: string,
  result: { revision: number; position: number; duplicate: boolean; events: ReadonlyArray<{ type: string }> },
): CommandAnswer => ({
  commandId,
  revision: result.revision,
  position: result.position,
  duplicate: result.duplicate,
  events: result.events.map((e) => e.type),
});
