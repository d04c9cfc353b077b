import type { EntryCommand } from '#domain';
import type { RequestContext } from '../../../identity/auth.decorators.js';

/** A city's or the province's decision on an entry. */
export type EntryDecision = Exclude<EntryCommand, { type: 'SubmitEntry' }>;

export class ReviewEntryCommand {
  constructor(
    readonly entryId: string,
    readonly decision: EntryDecision,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}
