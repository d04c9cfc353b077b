import { type DeskRow, mergeDesk, sortDesk } from './desk-rows';

const row = (tradeId: string, change: Partial<DeskRow> = {}): DeskRow => ({
  tradeId,
  eventId: 'e1',
  name: tradeId,
  nameEn: tradeId,
  stage: 'drawn',
  entries: { submitted: 0, approved: 0, confirmed: 3, closed: 0 },
  drawCommitted: true,
  competitors: 3,
  checkedIn: 0,
  checkInClosed: false,
  absent: 0,
  markedAspects: 0,
  totalAspects: 30,
  marked: 0,
  pendingCorrections: 0,
  openRemarks: 0,
  signedOff: 0,
  theoryRecorded: 0,
  theoryWeight: 30,
  frozen: false,
  publishedAt: null,
  appealsCloseAt: null,
  pendingAppeals: 0,
  changedAt: 1,
  ...change,
});

describe('the contest desk rows', () => {
  it('replaces every row with a full answer, and only the changed ones with a partial answer', () => {
    const shown = mergeDesk(new Map(), { position: 10, partial: false, rows: [row('a'), row('b')] });
    const next = mergeDesk(shown, { position: 12, partial: true, rows: [row('b', { markedAspects: 5, changedAt: 12 })] });
    expect([...next.values()].map((r) => [r.tradeId, r.markedAspects])).toEqual([
      ['a', 0],
      ['b', 5],
    ]);
    expect([...mergeDesk(next, { position: 13, partial: false, rows: [row('c')] }).keys()]).toEqual(['c']);
  });

  it('sorts by marking progress, corrections and stage, ties by trade id', () => {
    const rows = [row('c', { markedAspects: 15 }), row('a', { markedAspects: 30 }), row('b', { markedAspects: 15 })];
    expect(sortDesk(rows, 'marking', false).map((r) => r.tradeId)).toEqual(['b', 'c', 'a']);
    expect(sortDesk(rows, 'marking', true).map((r) => r.tradeId)).toEqual(['a', 'c', 'b']);
    const staged = [row('x', { stage: 'published' }), row('y', { stage: 'registration' }), row('z', { stage: 'marking' })];
    expect(sortDesk(staged, 'stage', false).map((r) => r.stage)).toEqual(['registration', 'marking', 'published']);
    const corrected = [row('p', { pendingCorrections: 1 }), row('q', { openRemarks: 3 })];
    expect(sortDesk(corrected, 'corrections', true).map((r) => r.tradeId)).toEqual(['q', 'p']);
  });
});
