import { tradeBoardId, type BoardRow, type LiveMedals } from '#contracts';
import { medalTable, techShare, type BoardsReadModel, type CatalogueReadModel } from '#read-models';

/** The room of a medal table: the whole contest, or one event. */
export const medalsRoom = (eventId: string | null) => (eventId === null ? 'medals:all' : `medals:event:${eventId}`);

/**
 * The medal table and the tech-enterprise share, from the public boards (the same state the spectators'
 * deltas come from). Each board's prize-winning rows are kept; a public change of a board recomputes
 * the tables only when that board's prizes changed, and says which rooms to push them to.
 */
export class LiveMedalTables {
  /** board → its public prize-winning rows, and the public version they are from. */
  private readonly prized = new Map<string, { key: string; rows: BoardRow[]; version: number }>();
  private primed = false;

  constructor(
    private readonly boards: BoardsReadModel,
    private readonly catalogue: CatalogueReadModel,
  ) {}

  /** The tables over an event's trades (or the contest's), as spectators see the boards now. */
  medals(eventId: string | null): LiveMedals {
    this.prime();
    const boards = this.tradeIds(eventId).map(tradeBoardId);
    const shown = boards.filter((board) => (this.boards.snapshot(board, 'public')?.rows.length ?? 0) > 0);
    const rows = shown.map((board) => this.prized.get(board)?.rows ?? []);
    return {
      eventId,
      trades: shown.length,
      cities: medalTable(rows),
      techShare: techShare(rows),
      versions: Object.fromEntries(shown.map((board) => [board, this.prized.get(board)?.version ?? 0])),
    };
  }

  /**
   * After a public change of `board` (a delta or a snapshot): the rooms whose tables changed,
   * with the tables; none when the board's prizes did not change.
   */
  changed(board: string): Array<{ room: string; medals: LiveMedals }> {
    if (!this.primed) return [];
    const snapshot = this.boards.snapshot(board, 'public');
    if (!snapshot) return [];
    const before = this.prized.get(board);
    const after = prizedOf(snapshot.rows, snapshot.version);
    this.prized.set(board, after);
    if (before?.key === after.key) return [];
    const tradeId = board.slice('trade:'.length);
    const eventId = this.catalogue.trades.get(tradeId)?.definition.eventId ?? null;
    const scopes = eventId === null ? [null] : [null, eventId];
    return scopes.map((scope) => ({ room: medalsRoom(scope), medals: this.medals(scope) }));
  }

  private prime(): void {
    if (this.primed) return;
    this.primed = true;
    for (const tradeId of this.tradeIds(null)) {
      const snapshot = this.boards.snapshot(tradeBoardId(tradeId), 'public');
      if (snapshot) this.prized.set(snapshot.board, prizedOf(snapshot.rows, snapshot.version));
    }
  }

  private tradeIds(eventId: string | null): string[] {
    return this.catalogue
      .currentTrades()
      .filter((t) => eventId === null || t.definition.eventId === eventId)
      .map((t) => t.definition.id);
  }
}

function prizedOf(rows: readonly BoardRow[], version: number) {
  const won = rows.filter((row) => row.prize && row.city && !row.revealPending);
  return {
    key: won.map((row) => `${row.competitorNumber}:${row.city}:${row.prize}:${row.techBased}`).join(','),
    rows: won,
    version,
  };
}
