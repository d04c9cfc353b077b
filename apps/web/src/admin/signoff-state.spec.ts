import type { Correction, ScoreSheet, SheetAspect } from '../api/types';
import { signOffState } from './signoff-state';

const aspect = (aspectId: string, status: SheetAspect['status']) => ({ aspectId, status }) as SheetAspect;
const sheet = (modules: Array<{ signedOff: boolean; aspects: SheetAspect[] }>): ScoreSheet => ({
  tradeId: 't',
  competitorNumber: 4,
  completionSeconds: null,
  modules: modules.map((m, i) => ({ moduleId: `M${i}`, name: `m${i}`, ...m })),
});
const correction = (competitorNumber: number, status: Correction['status']) => ({ competitorNumber, status }) as Correction;

describe("a competitor's state for the chief judge's sign-off", () => {
  it('counts unmarked aspects (also those waiting for the rest of the panel), re-marks and pending corrections of this competitor', () => {
    const state = signOffState(
      sheet([
        {
          signedOff: false,
          aspects: [aspect('A1', 'unmarked'), aspect('A2', 'awaiting_panel'), aspect('A3', 'remark_requested'), aspect('A4', 'marked')],
        },
      ]),
      [correction(4, 'pending'), correction(4, 'approved'), correction(5, 'pending')],
    );
    expect(state).toEqual({ competitorNumber: 4, unmarked: 2, remarks: 1, pendingCorrections: 1, signedOff: false, ready: false });
  });

  it('is ready when every aspect of an open module is marked and nothing waits; signed-off modules no longer count', () => {
    const ready = signOffState(
      sheet([
        { signedOff: true, aspects: [aspect('A1', 'unmarked')] },
        { signedOff: false, aspects: [aspect('B1', 'marked')] },
      ]),
      [correction(4, 'rejected')],
    );
    expect(ready).toMatchObject({ unmarked: 0, ready: true, signedOff: false });
    const done = signOffState(sheet([{ signedOff: true, aspects: [aspect('A1', 'marked')] }]), []);
    expect(done).toMatchObject({ signedOff: true, ready: false });
  });
});
