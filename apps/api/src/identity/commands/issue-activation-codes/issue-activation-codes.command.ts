import type { RequestContext } from '../../auth.decorators.js';

/** The organiser issues one-time activation codes for judge accounts that have no password yet. */
export class IssueActivationCodesCommand {
  constructor(
    readonly userIds: readonly string[],
    readonly caller: RequestContext,
    readonly commandId: string,
  ) {}
}
