import type { ScoreSheetCommand } from '#domain';
import type { RequestContext } from '../../identity/auth.decorators.js';

/** Any command on a contestant's score sheet (marks, leases, substitutes, corrections, sign-off, theory answers). */
export class SheetCommand {
  constructor(
    readonly command: ScoreSheetCommand,
    readonly caller: RequestContext,
    readonly commandId: string,
    /** The reason the rules ask for (a correction, its rejection), also kept in the events' metadata. */
    readonly reason?: string,
  ) {}
}
