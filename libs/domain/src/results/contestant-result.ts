import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import type { ScoreSheetState } from '../judging/score-sheet.js';
import { scoreSheet, weightedTotal } from '../scoring/scoring.js';
import { gradeTheory } from '../scoring/theory.js';

/**
 * A contestant's result, computed by a scoring job from their score sheet at one revision.
 * The event id derives from (trade, competitor, revision), so a retried job writes nothing new.
 */
/** `practical_complete`: every aspect marked, theory not yet graded, so the total is still partial. */
export type ResultStatus = 'not_started' | 'in_progress' | 'practical_complete' | 'complete';

export interface ContestantResult {
  tradeId: string;
  competitorNumber: number;
  /** The score sheet revision this result was computed from. */
  sheetRevision: number;
  /** 0–100 once the theory exam is graded; null before. */
  theory: number | null;
  practical: number;
  total: number;
  markedAspects: number;
  totalAspects: number;
  /** Marks of the trade's key aspects, for tie-breaks; null while unmarked. */
  keyAspects: Array<number | null>;
  /** Seconds the practical took, once the chief judge recorded it: the last tie-break. */
  completionSeconds?: number;
  status: ResultStatus;
}

/** The theory exam graded against the trade's key, from the answers recorded at `sheetRevision`. */
export interface GradedTheory {
  tradeId: string;
  competitorNumber: number;
  sheetRevision: number;
  correct: number;
  questions: number;
  score: number;
}

export type ResultEvent = { type: 'ResultCalculated'; data: ContestantResult } | { type: 'TheoryGraded'; data: GradedTheory };

/** The theory grade of a sheet with answers, against the trade's key; undefined without either. */
export function gradeSheetTheory(
  trade: TradeDefinition,
  competitorNumber: number,
  sheet: ScoreSheetState,
  sheetRevision: number,
): GradedTheory | undefined {
  // An entered score counts instead of the answers: there is nothing to grade.
  if (!trade.theory || !sheet.theoryAnswers || sheet.theoryScore !== undefined) return undefined;
  const { correct, questions, score } = gradeTheory(trade.theory.answerKey, sheet.theoryAnswers);
  return { tradeId: trade.id, competitorNumber, sheetRevision, correct, questions, score };
}

export function calculateResult(
  trade: TradeDefinition,
  competitorNumber: number,
  sheet: ScoreSheetState,
  sheetRevision: number,
): ContestantResult {
  const score = scoreSheet(trade, sheet.marks, sheet.rounds);
  const theory = sheet.theoryScore ?? gradeSheetTheory(trade, competitorNumber, sheet, sheetRevision)?.score ?? null;
  const markById = new Map(score.aspects.map((a) => [a.aspectId, a.mark]));
  return {
    tradeId: trade.id,
    competitorNumber,
    sheetRevision,
    theory,
    practical: score.practical,
    total: weightedTotal(theory, score.practical, trade.weights),
    markedAspects: score.markedAspects,
    totalAspects: score.totalAspects,
    keyAspects: trade.keyAspectIds.map((id) => markById.get(id) ?? null),
    // Absent until recorded, so results written before times were recorded still compare equal.
    ...(sheet.completionSeconds === undefined ? {} : { completionSeconds: sheet.completionSeconds }),
    status: resultStatus(score.markedAspects, score.totalAspects, sheet.marks.size > 0, theory !== null),
  };
}

/** Whether two results say the same about the contestant (whatever sheet revision they came from). */
export const sameResult = (a: ContestantResult, b: ContestantResult): boolean =>
  JSON.stringify({ ...a, sheetRevision: 0 }) === JSON.stringify({ ...b, sheetRevision: 0 });

function resultStatus(marked: number, total: number, anyMark: boolean, theoryGraded: boolean): ResultStatus {
  if (marked === total) return theoryGraded ? 'complete' : 'practical_complete';
  return anyMark ? 'in_progress' : 'not_started';
}
