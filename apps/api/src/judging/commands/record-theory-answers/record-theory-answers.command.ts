import type { RequestContext } from '../../../identity/auth.decorators.js';

export interface TheoryAnswerRow {
  /** The request's row (1-based) or the spreadsheet's row. */
  row: number;
  competitorNumber: number;
  answers: string;
}

/** Theory answer sheets of a trade, one row per contestant, graded against the key by the scoring job. */
export class RecordTheoryAnswersCommand {
  constructor(
    readonly tradeId: string,
    readonly rows: readonly TheoryAnswerRow[],
    readonly reason: string | undefined,
    readonly caller: RequestContext,
  ) {}
}
