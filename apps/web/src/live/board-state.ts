/**
 * A board on the client: a snapshot, then deltas with consecutive versions. A delta that skips a
 * version means something was missed: the client asks for a new snapshot (resync). Pure.
 */
import { type BoardCeremony, type BoardRow, type BoardSnapshot, progressOf } from '../api/types';

export interface BoardState {
  board: string;
  version: number;
  rows: ReadonlyMap<number, BoardRow>;
  frozen: boolean;
  frozenAt?: string;
  published: boolean;
  /** The award ceremony, while it runs (it comes in snapshots only). */
  ceremony: BoardCeremony | null;
}

export type BoardStep = { state: BoardState; resync: false; changed: number[] } | { state: BoardState; resync: true; changed: [] };

export function fromSnapshot(snapshot: BoardSnapshot): BoardState {
  return {
    board: snapshot.board,
    version: snapshot.version,
    rows: new Map(snapshot.rows.map((row) => [row.competitorNumber, row])),
    frozen: snapshot.frozen ?? false,
    ...(snapshot.frozen && snapshot.frozenAt ? { frozenAt: snapshot.frozenAt } : {}),
    published: snapshot.published ?? false,
    ceremony: snapshot.ceremony ?? null,
  };
}

/** Applies a delta: the next version is applied, an old one ignored, a gap asks for a resync. */
export function applyDelta(state: BoardState, delta: BoardSnapshot): BoardStep {
  if (delta.board !== state.board || delta.version <= state.version) return { state, resync: false, changed: [] };
  if (delta.version !== state.version + 1) return { state, resync: true, changed: [] };
  const rows = new Map(state.rows);
  for (const row of delta.rows) rows.set(row.competitorNumber, row);
  const frozen = delta.frozen ?? state.frozen;
  const frozenAt = frozen ? (delta.frozenAt ?? state.frozenAt) : undefined;
  return {
    state: {
      board: state.board,
      version: delta.version,
      rows,
      frozen,
      ...(frozenAt ? { frozenAt } : {}),
      published: delta.published ?? state.published,
      ceremony: delta.frozen === false ? null : state.ceremony,
    },
    resync: false,
    changed: delta.rows.map((r) => r.competitorNumber),
  };
}

/**
 * Rows in board order: by rank, then those not yet marked (no rank), then the absent; rows with marks
 * before rows without, then by competitor number. During the ceremony the rows still hidden come first
 * (by their total at the freeze), above the revealed ones, which are the last places in final order.
 */
export function orderedRows(state: BoardState): BoardRow[] {
  const group = (row: BoardRow) => (row.revealPending ? -1 : progressOf(row) === 'absent' ? 2 : row.rank === null ? 1 : 0);
  return [...state.rows.values()].sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.revealPending && b.revealPending ? b.total - a.total : 0) ||
      (a.rank ?? 0) - (b.rank ?? 0) ||
      Number(b.markedAspects > 0) - Number(a.markedAspects > 0) ||
      a.competitorNumber - b.competitorNumber,
  );
}

/** What the board's badge says: 实时 (live), 已冻结 (frozen), 正式成绩 (official) or 最终成绩 (final). */
export type BoardBadge = 'live' | 'frozen' | 'official' | 'final';

/**
 * The badge follows what the board shows: a frozen board is frozen (also when published: spectators see it
 * as at the freeze); a published one official, or final once the server says so (publicity over, no appeal
 * pending); else live.
 */
export function badgeOf(state: Pick<BoardState, 'frozen' | 'published'>, resultsStatus: string | undefined): BoardBadge {
  if (state.frozen) return 'frozen';
  if (state.published) return resultsStatus === 'final' ? 'final' : 'official';
  return 'live';
}
