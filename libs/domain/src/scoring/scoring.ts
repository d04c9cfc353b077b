import type { Aspect, TradeDefinition } from '../catalogue/catalogue.types.js';
import { aspectsOf } from '../catalogue/trade.js';
import type { JudgeMark } from '../judging/score-sheet.js';

/**
 * Scores, computed in hundredths of a mark (integers) so that sums are exact,
 * and given out in marks with two decimals.
 *
 * "Not marked" is never 0: an aspect without all its marks is `unmarked` or `awaiting_panel`
 * and counts toward nothing; blind marks of an incomplete panel are never revealed through a score.
 */

/** `remark_requested`: the panel's marks differed by more than 1 level and the panel marks it again. */
export type AspectStatus = 'unmarked' | 'awaiting_panel' | 'remark_requested' | 'marked';

export interface AspectScore {
  aspectId: string;
  status: AspectStatus;
  /** Marks (two decimals) once the aspect is marked; null before. */
  mark: number | null;
}

export interface SheetScore {
  aspects: AspectScore[];
  /** Sum of the marked aspects, 0–100. */
  practical: number;
  markedAspects: number;
  totalAspects: number;
}

export const toHundredths = (marks: number) => Math.round(marks * 100);
export const fromHundredths = (hundredths: number) => hundredths / 100;

/** Mean of the levels, trimmed (highest and lowest dropped) when the trade says so and 5+ judges marked. */
export function judgementLevels(levels: readonly number[], trimmedMean: boolean): number[] {
  if (!trimmedMean || levels.length < 5) return [...levels];
  return [...levels].sort((a, b) => a - b).slice(1, -1);
}

/** Aspect mark in hundredths: mean level ÷ 3 × max mark, rounded half up. */
export function judgementAspectHundredths(levels: readonly number[], maxMark: number, trimmedMean: boolean): number {
  const counted = judgementLevels(levels, trimmedMean);
  const sum = counted.reduce((a, b) => a + b, 0);
  return Math.round((sum * toHundredths(maxMark)) / (3 * counted.length));
}

/** Where an aspect's marking stands, from the marks of its current round (`round` > 1 after a spread). */
export function aspectMarkingStatus(aspect: Aspect, marks: readonly JudgeMark[], trade: TradeDefinition, round = 1): AspectStatus {
  const complete = aspect.type === 'measurement' ? marks.length > 0 : marks.length >= trade.panelSize;
  if (complete) return 'marked';
  if (round > 1) return 'remark_requested';
  return marks.length === 0 ? 'unmarked' : 'awaiting_panel';
}

export function scoreAspect(aspect: Aspect, marks: readonly JudgeMark[], trade: TradeDefinition, round = 1): AspectScore {
  const status = aspectMarkingStatus(aspect, marks, trade, round);
  if (status !== 'marked') return { aspectId: aspect.id, status, mark: null };
  if (aspect.type === 'measurement') {
    return { aspectId: aspect.id, status, mark: fromHundredths(toHundredths(marks[0].mark)) };
  }
  const hundredths = judgementAspectHundredths(
    marks.map((m) => m.mark),
    aspect.maxMark,
    trade.trimmedMean,
  );
  return { aspectId: aspect.id, status: 'marked', mark: fromHundredths(hundredths) };
}

export function scoreSheet(
  trade: TradeDefinition,
  marks: ReadonlyMap<string, readonly JudgeMark[]>,
  rounds: ReadonlyMap<string, number> = new Map(),
): SheetScore {
  const aspects = aspectsOf(trade).map((aspect) => scoreAspect(aspect, marks.get(aspect.id) ?? [], trade, rounds.get(aspect.id)));
  const marked = aspects.filter((a) => a.status === 'marked');
  const practicalHundredths = marked.reduce((sum, a) => sum + toHundredths(a.mark!), 0);
  return {
    aspects,
    practical: fromHundredths(practicalHundredths),
    markedAspects: marked.length,
    totalAspects: aspects.length,
  };
}

/**
 * Total = theory × w_theory + practical × w_practical (weights in percent). A theory score not yet
 * known contributes nothing: the total is then provisional, as the result's status says.
 */
export function weightedTotal(theory: number | null, practical: number, weights: TradeDefinition['weights']): number {
  const weighted = (theory === null ? 0 : toHundredths(theory) * weights.theory) + toHundredths(practical) * weights.practical;
  return fromHundredths(Math.round(weighted / 100));
}
