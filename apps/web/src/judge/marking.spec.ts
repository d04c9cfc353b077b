import type { SheetAspect } from '../api/types';
import { canMark, displayOf, measurementProblem } from './marking';
import { createMark, transition } from './outbox-state';

const key = { judgeId: 'j1', tradeId: 't1', competitorNumber: 3, aspectId: 'A1' };
const sheet = (over: Partial<SheetAspect>): SheetAspect => ({
  aspectId: 'A1',
  type: 'judgement',
  description: '',
  maxMark: 6,
  status: 'unmarked',
  mark: null,
  round: 1,
  myMark: null,
  ...over,
});
const mine = (state: 'saved' | 'confirmed' | 'refused') => {
  const saved = createMark({ tradeId: 't1', competitorNumber: 3, aspectId: 'A1', mark: 2 }, { commandId: 'c1', judgeId: 'j1' }, 1_000);
  if (state === 'saved') return saved;
  const sent = transition(saved, { type: 'sending' });
  return state === 'confirmed'
    ? transition(sent, { type: 'accepted', at: 2_000 })
    : transition(sent, { type: 'refused', status: 409, message: 'locked' });
};

describe('what an aspect shows on the tablet', () => {
  it('not marked is its own state, never 0', () => {
    const display = displayOf([], key, sheet({}));
    expect(display).toEqual({ kind: 'unmarked' });
    expect(canMark(display, sheet({}))).toBe(true);
  });

  it("the tablet's own mark wins over the server's copy, with its state", () => {
    expect(displayOf([mine('saved')], key, sheet({ myMark: null }))).toMatchObject({ kind: 'mine', state: 'saved', mark: 2 });
    expect(canMark(displayOf([mine('saved')], key, undefined))).toBe(false);
    expect(canMark(displayOf([mine('refused')], key, undefined))).toBe(true);
  });

  it("shows the server's record of this judge's mark (given on another tablet)", () => {
    const display = displayOf([], key, sheet({ myMark: 1, status: 'awaiting_panel' }));
    expect(display).toEqual({ kind: 'server', mark: 1 });
    expect(canMark(display)).toBe(false);
  });

  it('a measurement measured by the other judge is the panel mark, and takes no mark', () => {
    const measured = sheet({ type: 'measurement', status: 'marked', mark: 4.5 });
    const display = displayOf([], key, measured);
    expect(display).toEqual({ kind: 'panel', mark: 4.5 });
    expect(canMark(display, measured)).toBe(false);
  });

  it('a re-mark asks this judge again although the first round was confirmed', () => {
    const remark = sheet({ status: 'remark_requested', round: 2, myMark: null });
    const display = displayOf([mine('confirmed')], key, remark);
    expect(display).toEqual({ kind: 'unmarked' });
    expect(canMark(display, remark)).toBe(true);
  });

  it('checks a measured mark as the domain does: 0 to the max, two decimals', () => {
    const aspect = { id: 'A1', type: 'measurement' as const, description: '', maxMark: 5 };
    expect(['', '5.01', '-1', 'x', '2.345', '2.34', '0', '5'].map((v) => measurementProblem(v, aspect))).toEqual([
      'required',
      'range',
      'range',
      'range',
      'decimals',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
