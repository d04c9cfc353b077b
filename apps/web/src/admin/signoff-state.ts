import type { Correction, ScoreSheet } from '../api/types';

/** Where one competitor stands for the chief judge's sign-off. */
export interface SignOffState {
  competitorNumber: number;
  unmarked: number;
  remarks: number;
  pendingCorrections: number;
  signedOff: boolean;
  ready: boolean;
}

/** Pure: a competitor's state from their sheet and the trade's corrections. */
export function signOffState(sheet: ScoreSheet, corrections: readonly Correction[]): SignOffState {
  const open = sheet.modules.filter((m) => !m.signedOff);
  const aspects = open.flatMap((m) => m.aspects);
  const unmarked = aspects.filter((a) => a.status === 'unmarked' || a.status === 'awaiting_panel').length;
  const remarks = aspects.filter((a) => a.status === 'remark_requested').length;
  const pendingCorrections = corrections.filter((c) => c.status === 'pending' && c.competitorNumber === sheet.competitorNumber).length;
  const signedOff = open.length === 0;
  return {
    competitorNumber: sheet.competitorNumber,
    unmarked,
    remarks,
    pendingCorrections,
    signedOff,
    ready: !signedOff && unmarked === 0 && remarks === 0 && pendingCorrections === 0,
  };
}
