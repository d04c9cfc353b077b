import type { CommandMeta } from '#application';
import type { RequestContext } from './identity/auth.decorators.js';

/** Who sent a command, from which device, and why: the metadata every event of the command carries. */
export const commandMeta = (caller: RequestContext, commandId: string, reason?: string): CommandMeta => ({
  commandId,
  actor: { userId: caller.user.userId, role: caller.user.role },
  device: caller.device,
  correlationId: caller.correlationId,
  ...(reason ? { reason } : {}),
});
