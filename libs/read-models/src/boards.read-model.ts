import type { StoredEvent } from '#event-store';
import {
  CITIES,
  isScored,
  type AuditCheckpoint,
  type ContestantResult,
  type DomainEvent,
  type MissingTheoryOverride,
  type Standing,
} from '#domain';
import { tradeBoardId, type BoardDelta, type BoardId, type BoardRow, type BoardSnapshot } from '#contracts';
import type { EntriesReadModel } from './entries.read-model.js';
import type { CatalogueReadModel } from './catalogue.read-model.js';

const cityName = new Map<string, string>(CITIES.map((c) => [c.id, c.name]));

interface Board {
  id: BoardId;
  tradeId: string;
  /** One step per change of the board's content: deterministic from the event order. */
  version: number;
  rows: Map<number, BoardRow>;
  /** The rows as last sent to listeners, for computing deltas. */
  sent: Map<number, BoardRow>;
  /** Competitor numbers absent from the contest day (not checked in when check-in closed). */
  absent: Set<number>;
  /** Revision of the results stream the shown ranking was computed from. */
  rankedRevision: number;
  /** While frozen: what spectators see, as it stood at the freeze. */
  frozen?: { at: string; version: number; rows: BoardRow[]; ceremony?: Ceremony };
  published?: { at: string; checkpoint: AuditCheckpoint | null; missingTheory?: MissingTheoryOverride };
}

/**
 * The award ceremony of a frozen board: `order` is the final order from the last place up, fixed at the
 * first step; `revealed` the rows revealed so far, as they stood when their step came.
 */
interface Ceremony {
  order: number[];
  revealed: Map<number, BoardRow>;
  step: number;
}

/** Who a delta is for: everyone, or only those who may see a frozen board live (organisers). */
export type Audience = 'public' | 'live';
/** `snapshot`: the whole board (spectators at a reveal), to be sent as a snapshot, not a delta. */
export type BoardListener = (delta: BoardDelta, audience: Audience, kind: 'delta' | 'snapshot') => void;

/**
 * Live boards: one per trade. Scores come from each contestant's latest result; ranks, prizes and
 * standardised scores from the trade's latest ranking (the coalesced ranking job). While catching up
 * (replay) it only keeps rows and versions; once live it reports a delta with the changed rows after
 * each change. A frozen board keeps changing for organisers while spectators see it as of the freeze.
 */
export class BoardsReadModel {
  private readonly boards = new Map<string, Board>();
  private readonly listeners = new Set<BoardListener>();
  private live = false;

  constructor(
    private readonly entries: EntriesReadModel,
    private readonly catalogue: CatalogueReadModel,
  ) {}

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    switch (event.type) {
      case 'LotsDrawn': {
        const board = this.boardOf(event.data.tradeId);
        const totalAspects = this.totalAspects(event.data.tradeId);
        for (const { entryId, competitorNumber } of event.data.assignments) {
          const entry = this.entries.get(entryId);
          board.rows.set(competitorNumber, {
            competitorNumber,
            // A team shows as its captain and members.
            name: entry ? [entry.name, ...entry.members.map((m) => m.name)].join('、') : '',
            city: entry?.city ?? '',
            cityName: cityName.get(entry?.city ?? '') ?? '',
            employer: entry?.employer.name ?? '',
            techBased: entry?.employer.techBased ?? false,
            theory: null,
            practical: 0,
            total: 0,
            rank: null,
            prize: null,
            standardised: null,
            progress: 'not_started',
            checkedIn: false,
            markedAspects: 0,
            totalAspects,
            sheetRevision: -1,
          });
        }
        this.changed(board);
        break;
      }
      case 'CompetitorCheckedIn':
        this.updateRow(event.data.tradeId, event.data.competitorNumber, { checkedIn: true });
        break;
      case 'CheckInClosed': {
        // Those not checked in are absent: shown as absent, never as 0, and ranked after everyone present.
        const board = this.boardOf(event.data.tradeId);
        const absent = event.data.absent.filter((n) => board.rows.has(n));
        if (absent.length === 0) break;
        for (const competitorNumber of absent) {
          board.absent.add(competitorNumber);
          board.rows.set(competitorNumber, { ...board.rows.get(competitorNumber)!, progress: 'absent' });
        }
        this.changed(board);
        break;
      }
      case 'ResultCalculated':
        this.applyResult(event.data);
        break;
      case 'TradeRanked':
        this.applyRanking(event.data.tradeId, event.data.resultsRevision, event.data.standings);
        break;
      case 'BoardFrozen': {
        const board = this.boardOf(event.data.tradeId);
        board.frozen = { at: event.data.frozenAt, version: board.version + 1, rows: this.sortedRows(board) };
        this.changed(board);
        break;
      }
      case 'CeremonyStepped': {
        const board = this.boardOf(event.data.tradeId);
        if (!board.frozen) break;
        const ceremony = board.frozen.ceremony ?? { order: finalOrder([...board.rows.values()]).reverse(), revealed: new Map(), step: 0 };
        for (const competitorNumber of ceremony.order.slice(ceremony.step, event.data.step)) {
          const row = board.rows.get(competitorNumber);
          if (row) ceremony.revealed.set(competitorNumber, row);
        }
        ceremony.step = event.data.step;
        board.frozen.ceremony = ceremony;
        this.changed(board, { ceremony: true });
        break;
      }
      case 'BoardRevealed': {
        const board = this.boardOf(event.data.tradeId);
        board.frozen = undefined;
        this.changed(board, { reveal: true });
        break;
      }
      case 'ResultsPublished': {
        const board = this.boardOf(event.data.tradeId);
        board.published = {
          at: event.data.publishedAt,
          checkpoint: event.data.checkpoint,
          ...(event.data.missingTheory ? { missingTheory: event.data.missingTheory } : {}),
        };
        this.changed(board);
        break;
      }
      case 'ResultsReopened': {
        const board = this.boardOf(event.data.tradeId);
        board.published = undefined;
        this.changed(board);
        break;
      }
    }
  }

  private applyResult(result: ContestantResult): void {
    const board = this.boardOf(result.tradeId);
    const row = board.rows.get(result.competitorNumber);
    // A result computed from an older sheet than the one shown (jobs may finish out of order) changes nothing.
    if (!row || result.sheetRevision <= row.sheetRevision) return;
    // A result that no longer counts anything (its only marked aspect went back for a re-mark) loses its
    // place at once: the ranking job that follows says the same.
    const unranked = isScored(result) ? {} : { rank: null, prize: null, standardised: null };
    this.updateRow(result.tradeId, result.competitorNumber, {
      ...unranked,
      theory: result.theory,
      practical: result.practical,
      total: result.total,
      progress: board.absent.has(result.competitorNumber) ? 'absent' : result.status,
      markedAspects: result.markedAspects,
      totalAspects: result.totalAspects,
      sheetRevision: result.sheetRevision,
    });
  }

  private applyRanking(tradeId: string, resultsRevision: number, standings: readonly Standing[]): void {
    const board = this.boardOf(tradeId);
    // Ranking jobs of one trade never overlap, but a re-run after a crash may record an older ranking again.
    if (resultsRevision < board.rankedRevision) return;
    board.rankedRevision = resultsRevision;
    for (const standing of standings) {
      const row = board.rows.get(standing.competitorNumber);
      if (!row) continue;
      // Rankings recorded before unscored contestants went unranked gave them a rank (and a prize) on 0: never shown.
      const shown = row.progress === 'absent' || isScored(row) ? standing : { rank: null, prize: null, standardised: null };
      board.rows.set(row.competitorNumber, { ...row, rank: shown.rank, prize: shown.prize, standardised: shown.standardised });
    }
    this.changed(board);
  }

  /** From now on, every change is reported to listeners. */
  goLive(): void {
    if (this.live) return;
    this.live = true;
    for (const board of this.boards.values()) board.sent = new Map(board.rows);
  }

  onDelta(listener: BoardListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The board as `audience` sees it: spectators see a frozen board as it stood at the freeze. */
  snapshot(boardId: string, audience: Audience = 'public'): BoardSnapshot | undefined {
    const board = this.boards.get(boardId);
    if (board) {
      const frozen = board.frozen;
      if (frozen && audience === 'public') return { board: board.id, ...publicView(frozen), ...this.flags(board) };
      return { board: board.id, version: board.version, rows: this.sortedRows(board), ...this.flags(board) };
    }
    const tradeId = boardId.startsWith('trade:') ? boardId.slice('trade:'.length) : undefined;
    if (tradeId && this.catalogue.trades.has(tradeId)) {
      return { board: tradeBoardId(tradeId), version: 0, rows: [], frozen: false, frozenAt: null, published: false };
    }
    return undefined;
  }

  /** Publication of a trade's results, for the results view. */
  publication(tradeId: string): Board['published'] {
    return this.boards.get(tradeBoardId(tradeId))?.published;
  }

  private flags(board: Board) {
    return { frozen: board.frozen !== undefined, frozenAt: board.frozen?.at ?? null, published: board.published !== undefined };
  }

  private updateRow(tradeId: string, competitorNumber: number, change: Partial<BoardRow>): void {
    const board = this.boardOf(tradeId);
    const row = board.rows.get(competitorNumber);
    if (!row) return;
    board.rows.set(competitorNumber, { ...row, ...change });
    this.changed(board, { competitorNumber });
  }

  private changed(board: Board, options: { competitorNumber?: number; reveal?: boolean; ceremony?: boolean } = {}): void {
    board.version += 1;
    if (!this.live) return;
    const changedRows = this.sortedRows(board).filter((row) => {
      const before = board.sent.get(row.competitorNumber);
      return row.competitorNumber === options.competitorNumber || !before || !sameRow(before, row);
    });
    board.sent = new Map(board.rows);
    const delta: BoardDelta = { board: board.id, version: board.version, rows: changedRows, ...this.flags(board) };
    // While frozen, and at the freeze itself, spectators get only the freeze notice; at the reveal, everything since.
    const freezing = board.frozen?.version === board.version;
    for (const listener of this.listeners) {
      listener(delta, 'live', 'delta');
      if (options.reveal || options.ceremony) listener(this.snapshot(board.id, 'public')!, 'public', 'snapshot');
      else if (!board.frozen) listener(delta, 'public', 'delta');
      else if (freezing) listener({ ...delta, rows: [] }, 'public', 'delta');
    }
  }

  private sortedRows(board: Board): BoardRow[] {
    return [...board.rows.values()].sort((a, b) => a.competitorNumber - b.competitorNumber);
  }

  private boardOf(tradeId: string): Board {
    const id = tradeBoardId(tradeId);
    let board = this.boards.get(id);
    if (!board) {
      board = { id, tradeId, version: 0, rows: new Map(), sent: new Map(), absent: new Set(), rankedRevision: -1 };
      this.boards.set(id, board);
    }
    return board;
  }

  private totalAspects(tradeId: string): number {
    const trade = this.catalogue.trades.get(tradeId);
    return trade ? trade.definition.scheme.subCriteria.reduce((n, s) => n + s.aspects.length, 0) : 0;
  }
}

/**
 * A frozen board as spectators see it. During the ceremony: the revealed rows as they were revealed,
 * the others as at the freeze but without rank, prize or standardised score (they are still hidden).
 */
function publicView(frozen: NonNullable<Board['frozen']>): Pick<BoardSnapshot, 'version' | 'rows' | 'ceremony'> {
  const ceremony = frozen.ceremony;
  if (!ceremony) return { version: frozen.version, rows: frozen.rows };
  const rows = frozen.rows.map(
    (row): BoardRow =>
      ceremony.revealed.get(row.competitorNumber) ?? { ...row, rank: null, prize: null, standardised: null, revealPending: true },
  );
  return {
    version: frozen.version + ceremony.step,
    rows,
    ceremony: { step: ceremony.step, total: ceremony.order.length, revealed: ceremony.order[ceremony.step - 1] ?? null },
  };
}

/**
 * Board order: by rank, then those without a rank (not yet marked), then the absent; rows with marks
 * before rows without, then by competitor number (as the screens show it).
 */
export function finalOrder(rows: readonly BoardRow[]): number[] {
  const group = (row: BoardRow) => (row.progress === 'absent' ? 2 : row.rank === null ? 1 : 0);
  return [...rows]
    .sort(
      (a, b) =>
        group(a) - group(b) ||
        (a.rank ?? 0) - (b.rank ?? 0) ||
        Number(b.markedAspects > 0) - Number(a.markedAspects > 0) ||
        a.competitorNumber - b.competitorNumber,
    )
    .map((row) => row.competitorNumber);
}

function sameRow(a: BoardRow, b: BoardRow): boolean {
  return (Object.keys(a) as Array<keyof BoardRow>).every((key) => a[key] === b[key]);
}
