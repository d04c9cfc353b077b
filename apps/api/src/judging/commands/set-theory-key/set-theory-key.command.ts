import type { RequestContext } from '../../../identity/auth.decorators.js';

/** The organiser or the trade's chief judge sets the theory exam's answer key (one answer per question). */
export class SetTheoryKeyCommand {
  constructor(
    readonly tradeId: string,
    readonly answerKey: readonly string[],
    readonly caller: RequestContext,
    readonly commandId: string,
  ) {}
}
