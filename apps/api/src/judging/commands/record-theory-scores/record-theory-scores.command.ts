import type { RequestContext } from '../../../identity/auth.decorators.js';

export interface TheoryScoreRow {
  /** The request's row (1-based) or the spreadsheet's row. */
  row: number;
  competitorNumber: number;
  score: number;
}

/** Theory scores entered by the organiser or the trade's chief judge, where the exam was marked elsewhere. */
export class RecordTheoryScoresCommand {
  constructor(
    readonly tradeId: string,
    readonly rows: readonly TheoryScoreRow[],
    readonly reason: string | undefined,
    readonly caller: RequestContext,
  ) {}
}
