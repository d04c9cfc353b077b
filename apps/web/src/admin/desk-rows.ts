import type { components } from '../api/openapi.generated';

type Schemas = components['schemas'];

/** The contest desk's rows as the API answers them (GET /api/desk), and how the page merges and sorts them. */

export type DeskStage = 'registration' | 'drawn' | 'marking' | 'signed_off' | 'published';
export const DESK_STAGES: readonly DeskStage[] = ['registration', 'drawn', 'marking', 'signed_off', 'published'];

export type DeskRow = Schemas['DeskRow'];

export type DeskAnswer = Schemas['DeskView'];

/** The rows shown, with the rows of a partial answer replacing theirs (a full answer replaces all). */
export function mergeDesk(shown: ReadonlyMap<string, DeskRow>, answer: DeskAnswer): Map<string, DeskRow> {
  if (!answer.partial) return new Map(answer.rows.map((r) => [r.tradeId, r]));
  const next = new Map(shown);
  for (const row of answer.rows) next.set(row.tradeId, row);
  return next;
}

export type SortKey = 'trade' | 'stage' | 'entries' | 'marking' | 'corrections' | 'signedOff' | 'appeals';

const progress = (r: DeskRow) => (r.totalAspects === 0 ? 0 : r.markedAspects / r.totalAspects);
const SORT_VALUE: Record<SortKey, (r: DeskRow) => number | string> = {
  trade: (r) => r.tradeId,
  stage: (r) => DESK_STAGES.indexOf(r.stage),
  entries: (r) => r.entries.submitted + r.entries.approved + r.entries.confirmed,
  marking: progress,
  corrections: (r) => r.pendingCorrections + r.openRemarks,
  signedOff: (r) => r.signedOff,
  appeals: (r) => r.pendingAppeals,
};

export function sortDesk(rows: readonly DeskRow[], key: SortKey, descending: boolean): DeskRow[] {
  const value = SORT_VALUE[key];
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = x < y ? -1 : x > y ? 1 : a.tradeId.localeCompare(b.tradeId);
    return descending ? -order : order;
  });
}
