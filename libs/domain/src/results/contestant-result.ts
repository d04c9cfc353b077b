import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import type { ScoreSheetState } from '../judging/score-sheet.js';
import { type Exact, exactText, fromDecimal, isExactText, parseExact, roundHalfUp } from '../scoring/exact.js';
import { scoreSheet, theoryScore, weightedTotal } from '../scoring/scoring.js';
import { gradeTheory } from '../scoring/theory.js';

/**
 * A contestant's result, computed by a scoring job from their score sheet at one revision.
 * The event id derives from (trade, competitor, revision), so a retried job writes nothing new.
 */

/** `practical_complete`: every aspect marked, theory not yet graded, so the total is still partial. */
export type ResultStatus = 'not_started' | 'in_progress' | 'practical_complete' | 'complete';

/** A result's scores exactly, as `"numerator/denominator"` texts (`exact.ts`). */
export interface ExactScores {
  theory: string | null;
  practical: string;
  total: string;
  keyAspects: Array<string | null>;
}

export interface ContestantResult {
  tradeId: string;
  competitorNumber: number;
  /** The score sheet revision this result was computed from. */
  sheetRevision: number;
  /** 0–100 once the theory exam is graded; null before. Rounded half up to 0.01, as shown and published. */
  theory: number | null;
  /** Rounded half up to 0.01. */
  practical: number;
  /** Rounded half up to 0.01: the official figure. Ranks and prizes follow `exact.total`, never this. */
  total: number;
  markedAspects: number;
  totalAspects: number;
  /** Marks of the trade's key aspects, for tie-breaks, rounded half up to 0.01; null while unmarked. */
  keyAspects: Array<number | null>;
  /**
   * The same scores exactly. Absent on results recorded before scores were exact (they were rounded to
   * 0.01 aspect by aspect): `exactScores` reads such a result as its two-decimal figures.
   */
  exact?: ExactScores;
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
  /** Rounded half up to 0.01; exactly `correct` × 100 ÷ `questions` (`theoryScore`). */
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
  // An entered score (an exam marked elsewhere, two decimals) replaces graded answers until answers are recorded again.
  const grade = sheet.theoryScore === undefined ? gradeSheetTheory(trade, competitorNumber, sheet, sheetRevision) : undefined;
  const theory =
    sheet.theoryScore !== undefined ? fromDecimal(sheet.theoryScore) : grade ? theoryScore(grade.correct, grade.questions) : null;
  const total = weightedTotal(theory, score.practical, trade.weights);
  const keyAspects = trade.keyAspectIds.map((id) => score.marks.get(id) ?? null);
  return {
    tradeId: trade.id,
    competitorNumber,
    sheetRevision,
    theory: theory === null ? null : roundHalfUp(theory),
    practical: roundHalfUp(score.practical),
    total: roundHalfUp(total),
    markedAspects: score.markedAspects,
    totalAspects: score.totalAspects,
    keyAspects: keyAspects.map((mark) => (mark === null ? null : roundHalfUp(mark))),
    exact: {
      theory: theory === null ? null : exactText(theory),
      practical: exactText(score.practical),
      total: exactText(total),
      keyAspects: keyAspects.map((mark) => (mark === null ? null : exactText(mark))),
    },
    // Absent until recorded, so results written before times were recorded still compare equal.
    ...(sheet.completionSeconds === undefined ? {} : { completionSeconds: sheet.completionSeconds }),
    status: resultStatus(score.markedAspects, score.totalAspects, sheet.marks.size > 0, theory !== null),
  };
}

/** A result's scores as exact values; a result recorded before scores were exact is read as its two-decimal figures. */
export function exactScores(result: ContestantResult): {
  theory: Exact | null;
  practical: Exact;
  total: Exact;
  keyAspects: Array<Exact | null>;
} {
  const exact = result.exact;
  const read = (text: string | null | undefined, figure: number | null): Exact | null =>
    isExactText(text) ? parseExact(text) : figure === null ? null : fromDecimal(figure);
  return {
    theory: read(exact?.theory, result.theory),
    practical: read(exact?.practical, result.practical)!,
    total: read(exact?.total, result.total)!,
    keyAspects: result.keyAspects.map((figure, i) => read(exact?.keyAspects[i], figure)),
  };
}

/** Something counts toward a rank: a marked aspect or a theory score. */
export const isScored = (result: Pick<ContestantResult, 'markedAspects' | 'theory'>): boolean =>
  result.markedAspects > 0 || result.theory !== null;

/** Whether two results say the same about the contestant (whatever sheet revision they came from). */
export const sameResult = (a: ContestantResult, b: ContestantResult): boolean =>
  JSON.stringify({ ...a, sheetRevision: 0 }) === JSON.stringify({ ...b, sheetRevision: 0 });

function resultStatus(marked: number, total: number, anyMark: boolean, theoryGraded: boolean): ResultStatus {
  if (marked === total) return theoryGraded ? 'complete' : 'practical_complete';
  return anyMark ? 'in_progress' : 'not_started';
}
