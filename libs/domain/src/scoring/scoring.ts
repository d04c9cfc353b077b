import type { Aspect, TradeDefinition } from '../catalogue/catalogue.types.js';
import { aspectsOf } from '../catalogue/trade.js';
import type { JudgeMark } from '../judging/score-sheet.js';
import { type Exact, exactText, fromDecimal, ratio, roundHalfUp, sum, ZERO } from './exact.js';

/**
 * Scores, computed exactly (rationals, `exact.ts`) and given out as figures rounded half up to
 * 0.01 beside their exact text. Nothing is rounded before it is summed, weighted, ranked or compared.
 *
 * "Not marked" is never 0: an aspect without all its marks is `unmarked` or `awaiting_panel`
 * and counts toward nothing; blind marks of an incomplete panel are never revealed through a score.
 */

/** `remark_requested`: the panel's marks differed by more than 1 level and the panel marks it again. */
export type AspectStatus = 'unmarked' | 'awaiting_panel' | 'remark_requested' | 'marked';

export interface AspectScore {
  aspectId: string;
  status: AspectStatus;
  /** The mark rounded half up to 0.01 once the aspect is marked; null before. */
  mark: number | null;
  /** The exact mark (`"numerator/denominator"`) once marked; null before. */
  exact: string | null;
}

/** A module (sub-criterion): the sum of its marked aspects. */
export interface ModuleScore {
  moduleId: string;
  /** The sum of its aspects' max marks. */
  maxMark: number;
  /** Rounded half up to 0.01. */
  mark: number;
  exact: string;
  markedAspects: number;
  totalAspects: number;
}

export interface SheetScore {
  aspects: AspectScore[];
  modules: ModuleScore[];
  /** Sum of the marked aspects, 0–100, exact. */
  practical: Exact;
  /** Exact marks of the marked aspects, by aspect id. */
  marks: ReadonlyMap<string, Exact>;
  markedAspects: number;
  totalAspects: number;
}

/** The levels that count: the highest and lowest dropped when the trade says so and 5+ judges marked. */
export function judgementLevels(levels: readonly number[], trimmedMean: boolean): number[] {
  if (!trimmedMean || levels.length < 5) return [...levels];
  return [...levels].sort((a, b) => a - b).slice(1, -1);
}

/** Aspect mark: mean of the counted levels ÷ 3 × max mark, exactly. */
export function judgementAspectMark(levels: readonly number[], maxMark: number, trimmedMean: boolean): Exact {
  const counted = judgementLevels(levels, trimmedMean);
  const levelSum = counted.reduce((a, b) => a + b, 0);
  return ratio(levelSum, 3 * counted.length).mul(fromDecimal(maxMark));
}

/** Where an aspect's marking stands, from the marks of its current round (`round` > 1 after a spread). */
export function aspectMarkingStatus(aspect: Aspect, marks: readonly JudgeMark[], trade: TradeDefinition, round = 1): AspectStatus {
  const complete = aspect.type === 'measurement' ? marks.length > 0 : marks.length >= trade.panelSize;
  if (complete) return 'marked';
  if (round > 1) return 'remark_requested';
  return marks.length === 0 ? 'unmarked' : 'awaiting_panel';
}

/** The exact mark of a marked aspect, or null while it is not marked. */
function exactAspectMark(aspect: Aspect, marks: readonly JudgeMark[], trade: TradeDefinition, status: AspectStatus): Exact | null {
  if (status !== 'marked') return null;
  if (aspect.type === 'measurement') return fromDecimal(marks[0].mark);
  return judgementAspectMark(
    marks.map((m) => m.mark),
    aspect.maxMark,
    trade.trimmedMean,
  );
}

export function scoreAspect(aspect: Aspect, marks: readonly JudgeMark[], trade: TradeDefinition, round = 1): AspectScore {
  const status = aspectMarkingStatus(aspect, marks, trade, round);
  return aspectScore(aspect.id, status, exactAspectMark(aspect, marks, trade, status));
}

const aspectScore = (aspectId: string, status: AspectStatus, exact: Exact | null): AspectScore => ({
  aspectId,
  status,
  mark: exact === null ? null : roundHalfUp(exact),
  exact: exact === null ? null : exactText(exact),
});

export function scoreSheet(
  trade: TradeDefinition,
  marks: ReadonlyMap<string, readonly JudgeMark[]>,
  rounds: ReadonlyMap<string, number> = new Map(),
): SheetScore {
  const exactMarks = new Map<string, Exact>();
  const aspects = aspectsOf(trade).map((aspect) => {
    const given = marks.get(aspect.id) ?? [];
    const status = aspectMarkingStatus(aspect, given, trade, rounds.get(aspect.id));
    const exact = exactAspectMark(aspect, given, trade, status);
    if (exact !== null) exactMarks.set(aspect.id, exact);
    return aspectScore(aspect.id, status, exact);
  });
  const modules = trade.scheme.subCriteria.map((module): ModuleScore => {
    const marked = module.aspects.filter((a) => exactMarks.has(a.id));
    const exact = sum(marked.map((a) => exactMarks.get(a.id)!));
    return {
      moduleId: module.id,
      maxMark: roundHalfUp(sum(module.aspects.map((a) => fromDecimal(a.maxMark)))),
      mark: roundHalfUp(exact),
      exact: exactText(exact),
      markedAspects: marked.length,
      totalAspects: module.aspects.length,
    };
  });
  return {
    aspects,
    modules,
    practical: sum(exactMarks.values()),
    marks: exactMarks,
    markedAspects: exactMarks.size,
    totalAspects: aspects.length,
  };
}

/** Theory score: correct ÷ questions × 100, exactly (every question is worth the same). */
export const theoryScore = (correct: number, questions: number): Exact => ratio(correct * 100, questions);

/**
 * Total = theory × w_theory / 100 + practical × w_practical / 100 (weights in percent), exactly. A
 * theory score not yet known contributes nothing: the total is then provisional, as the result's status says.
 */
export function weightedTotal(theory: Exact | null, practical: Exact, weights: TradeDefinition['weights']): Exact {
  const theoryShare = theory === null ? ZERO : theory.mul(fromDecimal(weights.theory)).div(100);
  return theoryShare.add(practical.mul(fromDecimal(weights.practical)).div(100));
}
