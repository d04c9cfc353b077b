import type { BoardRow } from '../api/types';
import { applyDelta, badgeOf, fromSnapshot, orderedRows } from './board-state';

const row = (competitorNumber: number, rank: number, total: number, markedAspects = 1): BoardRow => ({
  competitorNumber,
  name: `N${competitorNumber}`,
  city: 'dalian',
  cityName: '大连',
  employer: 'E',
  theory: null,
  practical: total,
  total,
  rank,
  progress: 'in_progress',
  prize: null,
  checkedIn: true,
  markedAspects,
  totalAspects: 10,
});

const board = 'trade:t1';

describe('a live board on the client', () => {
  const start = fromSnapshot({ board, version: 4, rows: [row(1, 1, 50), row(2, 2, 40)] });

  it('applies the next version and reports the changed rows', () => {
    const step = applyDelta(start, { board, version: 5, rows: [row(2, 1, 60), row(1, 2, 50)] });
    expect(step.resync).toBe(false);
    expect(step.state.version).toBe(5);
    expect(step.changed).toEqual([2, 1]);
    expect(orderedRows(step.state).map((r) => r.competitorNumber)).toEqual([2, 1]);
  });

  it('ignores a version already applied, and another board', () => {
    expect(applyDelta(start, { board, version: 4, rows: [row(1, 1, 99)] }).state).toBe(start);
    expect(applyDelta(start, { board: 'trade:t2', version: 5, rows: [row(1, 1, 99)] }).state).toBe(start);
  });

  it('asks for a resync on a gap and keeps what it has', () => {
    const step = applyDelta(start, { board, version: 6, rows: [row(1, 1, 99)] });
    expect(step).toEqual({ state: start, resync: true, changed: [] });
  });

  it('follows the freeze from snapshots and deltas', () => {
    const frozen = applyDelta(start, { board, version: 5, rows: [], frozen: true, frozenAt: '2026-05-24T10:00:00Z' }).state;
    expect(frozen).toMatchObject({ frozen: true, frozenAt: '2026-05-24T10:00:00Z' });
    const revealed = applyDelta(frozen, { board, version: 6, rows: [], frozen: false }).state;
    expect(revealed.frozen).toBe(false);
    expect(revealed.frozenAt).toBeUndefined();
    expect(fromSnapshot({ board, version: 1, rows: [] }).frozen).toBe(false);
  });

  it('orders by rank (unranked last), then marked rows before unmarked ones, then by number', () => {
    const unranked = { ...row(5, 1, 0, 0), rank: null };
    const state = fromSnapshot({ board, version: 1, rows: [unranked, row(3, 2, 0, 0), row(4, 2, 0, 1), row(1, 1, 70), row(2, 2, 0, 0)] });
    expect(orderedRows(state).map((r) => r.competitorNumber)).toEqual([1, 4, 2, 3, 5]);
  });

  it('lists the absent after the rows not yet marked, though an absent row has a place number', () => {
    const absent = { ...row(6, 3, 0, 0), progress: 'absent' as const };
    const unmarked = { ...row(5, 1, 0, 0), rank: null };
    const state = fromSnapshot({ board, version: 1, rows: [absent, unmarked, row(1, 1, 70), row(2, 2, 60)] });
    expect(orderedRows(state).map((r) => r.competitorNumber)).toEqual([1, 2, 5, 6]);
  });

  it('keeps whether the results are published', () => {
    expect(fromSnapshot({ board, version: 1, rows: [], published: true }).published).toBe(true);
    expect(applyDelta(start, { board, version: 5, rows: [], published: true }).state.published).toBe(true);
  });
});

describe('the badge of a board', () => {
  it('says live, frozen, official or final as the board is', () => {
    expect(badgeOf({ frozen: false, published: false }, undefined)).toBe('live');
    expect(badgeOf({ frozen: true, published: false }, undefined)).toBe('frozen');
    expect(badgeOf({ frozen: false, published: true }, 'official')).toBe('official');
    expect(badgeOf({ frozen: false, published: true }, undefined)).toBe('official');
    expect(badgeOf({ frozen: false, published: true }, 'final')).toBe('final');
    // Published, then frozen again: spectators see the frozen board.
    expect(badgeOf({ frozen: true, published: true }, 'final')).toBe('frozen');
  });
});

describe('a board during the ceremony', () => {
  it('shows the hidden rows first, by their total at the freeze, then the revealed ones in final order', () => {
    const pending = (competitorNumber: number, total: number): BoardRow => ({
      ...row(competitorNumber, 0, total),
      rank: null,
      revealPending: true,
    });
    const state = fromSnapshot({
      board,
      version: 9,
      rows: [row(4, 3, 30), pending(1, 20), row(5, 4, 10), pending(2, 60), { ...row(6, 0, 0, 0), rank: null }],
      frozen: true,
      ceremony: { step: 3, total: 5, revealed: 4 },
    });
    expect(orderedRows(state).map((r) => r.competitorNumber)).toEqual([2, 1, 4, 5, 6]);
    expect(state.ceremony).toEqual({ step: 3, total: 5, revealed: 4 });
  });
});
