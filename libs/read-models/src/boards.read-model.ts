import type { StoredEvent } from '#event-store';
import { CITIES, rank, type ContestantResult, type DomainEvent } from '#domain';
import { tradeBoardId, type BoardDelta, type BoardId, type BoardRow, type BoardSnapshot } from '#contracts';
import type { EntriesReadModel } from './entries.read-model.js';
import type { CatalogueReadModel } from './catalogue.read-model.js';

const cityName = new Map<string, string>(CITIES.map((c) => [c.id, c.name]));

interface Board {
  id: BoardId;
  /** One step per change of the board's content: deterministic from the event order. */
  version: number;
  /** Rows without ranks, by competitor number. */
  rows: Map<number, Omit<BoardRow, 'rank'>>;
  keyAspects: Map<number, Array<number | null>>;
  /** The rows as last sent to listeners (ranked), for computing deltas. */
  published: Map<number, BoardRow>;
  /** Competitor numbers absent from the contest day (not checked in when check-in closed). */
  absent: Set<number>;
}

export type BoardListener = (delta: BoardDelta) => void;

/**
 * Live boards: one per trade. While catching up (replay) it only keeps rows and versions;
 * once live it ranks and reports a delta with the changed rows after each change.
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
            theory: null,
            practical: 0,
            total: 0,
            status: 'not_started',
            checkedIn: false,
            markedAspects: 0,
            totalAspects,
            sheetRevision: -1,
          });
          board.keyAspects.set(competitorNumber, []);
        }
        this.changed(board);
        break;
      }
      case 'CompetitorCheckedIn': {
        const board = this.boardOf(event.data.tradeId);
        const row = board.rows.get(event.data.competitorNumber);
        if (!row) break;
        board.rows.set(row.competitorNumber, { ...row, checkedIn: true });
        this.changed(board, row.competitorNumber);
        break;
      }
      case 'CheckInClosed': {
        // Those not checked in are absent: shown as absent, never as 0, and ranked after everyone present.
        const board = this.boardOf(event.data.tradeId);
        const absent = event.data.absent.filter((n) => board.rows.has(n));
        if (absent.length === 0) break;
        for (const competitorNumber of absent) {
          board.absent.add(competitorNumber);
          board.rows.set(competitorNumber, { ...board.rows.get(competitorNumber)!, status: 'absent' });
        }
        this.changed(board);
        break;
      }
      case 'ResultCalculated':
        this.applyResult(event.data);
        break;
    }
  }

  private applyResult(result: ContestantResult): void {
    const board = this.boardOf(result.tradeId);
    const row = board.rows.get(result.competitorNumber);
    // A result computed from an older sheet than the one shown (jobs may finish out of order) changes nothing.
    if (!row || result.sheetRevision <= row.sheetRevision) return;
    board.rows.set(result.competitorNumber, {
      ...row,
      theory: result.theory,
      practical: result.practical,
      total: result.total,
      status: board.absent.has(result.competitorNumber) ? 'absent' : result.status,
      markedAspects: result.markedAspects,
      totalAspects: result.totalAspects,
      sheetRevision: result.sheetRevision,
    });
    board.keyAspects.set(result.competitorNumber, result.keyAspects);
    this.changed(board, result.competitorNumber);
  }

  /** From now on, every change is ranked and reported to listeners. */
  goLive(): void {
    if (this.live) return;
    this.live = true;
    for (const board of this.boards.values()) board.published = new Map(this.ranked(board).map((r) => [r.competitorNumber, r]));
  }

  onDelta(listener: BoardListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  snapshot(boardId: string): BoardSnapshot | undefined {
    const board = this.boards.get(boardId);
    if (board) return { board: board.id, version: board.version, rows: this.ranked(board) };
    const tradeId = boardId.startsWith('trade:') ? boardId.slice('trade:'.length) : undefined;
    if (tradeId && this.catalogue.trades.has(tradeId)) return { board: tradeBoardId(tradeId), version: 0, rows: [] };
    return undefined;
  }

  private changed(board: Board, competitorNumber?: number): void {
    board.version += 1;
    if (!this.live) return;
    const rows = this.ranked(board);
    const changedRows = rows.filter((row) => {
      const before = board.published.get(row.competitorNumber);
      return row.competitorNumber === competitorNumber || !before || !sameRow(before, row);
    });
    board.published = new Map(rows.map((r) => [r.competitorNumber, r]));
    const delta: BoardDelta = { board: board.id, version: board.version, rows: changedRows };
    for (const listener of this.listeners) listener(delta);
  }

  private ranked(board: Board): BoardRow[] {
    const rows = [...board.rows.values()].sort((a, b) => a.competitorNumber - b.competitorNumber);
    // Absent competitors are not ranked among those present: they share the place after the last of them.
    const present = board.absent.size === 0 ? rows : rows.filter((row) => !board.absent.has(row.competitorNumber));
    const ranks = rank(
      present.map((row) => ({
        total: row.total,
        practical: row.practical,
        keyAspects: board.keyAspects.get(row.competitorNumber) ?? [],
        // Completion times are not recorded yet: the tie-break after the key aspects does not apply.
        completionSeconds: null,
      })),
    );
    if (present === rows) return rows.map((row, i) => ({ ...row, rank: ranks[i] }));
    const rankOf = new Map(present.map((row, i) => [row.competitorNumber, ranks[i]]));
    return rows.map((row) => ({ ...row, rank: rankOf.get(row.competitorNumber) ?? present.length + 1 }));
  }

  private boardOf(tradeId: string): Board {
    const id = tradeBoardId(tradeId);
    let board = this.boards.get(id);
    if (!board) {
      board = { id, version: 0, rows: new Map(), keyAspects: new Map(), published: new Map(), absent: new Set() };
      this.boards.set(id, board);
    }
    return board;
  }

  private totalAspects(tradeId: string): number {
    const trade = this.catalogue.trades.get(tradeId);
    return trade ? trade.definition.scheme.subCriteria.reduce((n, s) => n + s.aspects.length, 0) : 0;
  }
}

function sameRow(a: BoardRow, b: BoardRow): boolean {
  return (Object.keys(a) as Array<keyof BoardRow>).every((key) => a[key] === b[key]);
}
