/** What an aspect shows on the tablet: the tablet's own mark (with its state) or the server's, or nothing. Pure. */
import type { Aspect, SheetAspect } from '../api/types';
import { latestFor, type MarkState, type OutboxMark } from './outbox-state';

export type AspectDisplay =
  | { kind: 'unmarked'; refused?: undefined }
  | { kind: 'mine'; mark: number; state: MarkState; entry: OutboxMark }
  | { kind: 'server'; mark: number }
  /** Marked without this judge (a measurement aspect measured by the other judge of the pair). */
  | { kind: 'panel'; mark: number | null };

export function displayOf(
  marks: readonly OutboxMark[],
  key: { judgeId: string; tradeId: string; competitorNumber: number; aspectId: string },
  sheet: SheetAspect | undefined,
): AspectDisplay {
  const mine = latestFor(marks, key);
  // A re-mark asks for a new mark: what was given before no longer counts.
  const remark = sheet?.status === 'remark_requested' && sheet.myMark === null;
  if (mine && !(remark && mine.state === 'confirmed')) return { kind: 'mine', mark: mine.mark, state: mine.state, entry: mine };
  if (sheet && sheet.myMark !== null) return { kind: 'server', mark: sheet.myMark };
  if (sheet?.status === 'marked') return { kind: 'panel', mark: sheet.mark };
  return { kind: 'unmarked' };
}

/**
 * A mark can be given when nothing is pending or stored for this judge (a change needs a correction)
 * and the aspect still takes marks: not when the panel's mark is complete without this judge (a
 * measurement aspect is measured by one judge of the pair).
 */
export function canMark(display: AspectDisplay, sheet?: SheetAspect): boolean {
  const mine = display.kind === 'unmarked' || (display.kind === 'mine' && display.state === 'refused');
  return mine && sheet?.status !== 'marked';
}

/** The domain's rule for a measurement mark: 0 to the max mark, at most two decimals. */
export function measurementProblem(value: string, aspect: Aspect): 'required' | 'range' | 'decimals' | undefined {
  if (value.trim() === '') return 'required';
  const mark = Number(value);
  if (!Number.isFinite(mark) || mark < 0 || mark > aspect.maxMark) return 'range';
  if (Math.abs(mark * 100 - Math.round(mark * 100)) > 1e-9) return 'decimals';
  return undefined;
}

/** The kind of a refusal, for its heading in plain words. */
export const refusalKind = (status: number): 'conflict' | 'forbidden' | 'invalid' | 'notFound' | 'other' =>
  status === 409
    ? 'conflict'
    : status === 403
      ? 'forbidden'
      : status === 422 || status === 400
        ? 'invalid'
        : status === 404
          ? 'notFound'
          : 'other';
