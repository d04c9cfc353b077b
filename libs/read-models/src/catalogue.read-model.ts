import type { StoredEvent } from '#event-store';
import type { ContestEventDefinition, CurrentCatalogue, DomainEvent, DrawAssignment, PanelMember, TradeDefinition } from '#domain';

export interface ContestSummary {
  contestId: string;
  name: string;
  year: number;
  demo: boolean;
  days?: { first: string; last: string };
}

/** A trade's lots as published: the commitment first, the seed and the assignments at the draw. */
export interface TradeDrawRecord {
  commitment?: string;
  committedAt?: string;
  seed?: string;
  confirmedEntryIds?: string[];
  assignments?: DrawAssignment[];
  drawnAt?: string;
  /** Commitments replaced before the draw (a lost seed), oldest first, each with when and why. */
  replacedCommitments?: ReplacedCommitment[];
}

export interface ReplacedCommitment {
  commitment: string;
  committedAt?: string;
  replacedAt: string;
  reason: string;
}

/** The contest day's check-in: numbers checked in, and once closed, who is absent. */
export interface TradeCheckIn {
  checkedIn: number[];
  closedAt?: string;
  absent?: number[];
}

export interface TradeView {
  definition: TradeDefinition;
  contestId: string;
  panel: PanelMember[];
  lotsDrawn: boolean;
  draw: TradeDrawRecord;
  checkIn: TradeCheckIn;
  /** The definition's versions: 1 when defined, then each revision, with who, when and why. */
  versions: TradeVersion[];
  /** A revision proposed after the draw, waiting for the chief judge's approval. */
  pendingRevision?: TradeVersion & { definition: TradeDefinition };
  /** Aspects with at least one mark: they can no longer change. */
  markedAspectIds: Set<string>;
}

export interface TradeVersion {
  version: number;
  at: string;
  by: string;
  reason: string;
  aspects: number;
}

export type CatalogueEvent = ContestEventDefinition & { tradeIds: string[] };

const aspectCount = (trade: TradeDefinition) => trade.scheme.subCriteria.reduce((n, s) => n + s.aspects.length, 0);

/** The contest, its events and trades with their panels: what the catalogue endpoints show. */
export class CatalogueReadModel {
  /** The current edition: the one created last. */
  contest: ContestSummary | undefined;
  /** The store position at which the current edition was created: what was read before it is of another edition. */
  currentSince = 0;
  /** Every edition, oldest first. */
  readonly editions: ContestSummary[] = [];
  /** Edition id → its events (an event id is an edition's own: the next edition may use it again). */
  private readonly eventsByEdition = new Map<string, Map<string, CatalogueEvent>>();
  /** Every trade of every edition (a trade id names one trade for good): earlier editions stay readable by id. */
  readonly trades = new Map<string, TradeView>();

  /** The current edition's events. */
  get events(): ReadonlyMap<string, CatalogueEvent> {
    return this.eventsOf(this.contest?.contestId);
  }

  eventsOf(contestId: string | undefined): ReadonlyMap<string, CatalogueEvent> {
    return (contestId !== undefined && this.eventsByEdition.get(contestId)) || new Map();
  }

  /** The current edition's trades. */
  currentTrades(): TradeView[] {
    return this.tradesOf(this.contest?.contestId);
  }

  tradesOf(contestId: string | undefined): TradeView[] {
    return [...this.trades.values()].filter((trade) => trade.contestId === contestId);
  }

  edition(contestId: string): ContestSummary | undefined {
    return this.editions.find((edition) => edition.contestId === contestId);
  }

  /** An edition's catalogue as a workbook import compares against it; the other editions' trade ids are taken. */
  importBaseline(contestId: string): CurrentCatalogue {
    const trades = new Map<string, { definition: TradeDefinition; lotsDrawn: boolean }>();
    const earlierTrades = new Map<string, string>();
    for (const [id, { definition, lotsDrawn, contestId: edition }] of this.trades) {
      if (edition === contestId) trades.set(id, { definition, lotsDrawn });
      else earlierTrades.set(id, edition);
    }
    return { events: this.eventsOf(contestId), trades, earlierTrades };
  }

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    switch (event.type) {
      case 'ContestDefined':
        this.contest = { ...event.data };
        this.currentSince = stored.position;
        this.editions.push(this.contest);
        break;
      case 'ContestEventDefined': {
        const events = this.eventsByEdition.get(event.data.contestId) ?? new Map<string, CatalogueEvent>();
        this.eventsByEdition.set(
          event.data.contestId,
          events.set(event.data.event.id, { ...event.data.event, tradeIds: event.data.tradeIds }),
        );
        break;
      }
      case 'TradeDefined':
        this.trades.set(event.data.trade.id, {
          definition: event.data.trade,
          contestId: event.data.contestId,
          panel: [],
          lotsDrawn: false,
          draw: {},
          checkIn: { checkedIn: [] },
          versions: [
            {
              version: 1,
              at: stored.metadata.occurredAt,
              by: stored.metadata.actor.userId,
              reason: '',
              aspects: aspectCount(event.data.trade),
            },
          ],
          markedAspectIds: new Set(),
        });
        break;
      case 'TradeRevised': {
        const trade = this.trades.get(event.data.tradeId);
        if (!trade) break;
        const proposed = trade.pendingRevision?.version === event.data.version ? trade.pendingRevision : undefined;
        trade.definition = event.data.trade;
        trade.versions.push({
          version: event.data.version,
          at: stored.metadata.occurredAt,
          by: proposed?.by ?? stored.metadata.actor.userId,
          reason: event.data.reason,
          aspects: aspectCount(event.data.trade),
        });
        trade.pendingRevision = undefined;
        break;
      }
      case 'TradeRevisionProposed': {
        const trade = this.trades.get(event.data.tradeId);
        if (!trade) break;
        trade.pendingRevision = {
          version: event.data.version,
          at: stored.metadata.occurredAt,
          by: event.data.proposedBy,
          reason: event.data.reason,
          aspects: aspectCount(event.data.trade),
          definition: event.data.trade,
        };
        break;
      }
      case 'MarkSubmitted':
        this.trades.get(event.data.tradeId)?.markedAspectIds.add(event.data.aspectId);
        break;
      case 'JudgeAssigned': {
        const { tradeId, ...member } = event.data;
        this.trades.get(tradeId)?.panel.push(member);
        break;
      }
      case 'DrawCommitted': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.draw = { commitment: event.data.commitment, committedAt: stored.metadata.occurredAt };
        break;
      }
      case 'DrawCommitmentReplaced': {
        const trade = this.trades.get(event.data.tradeId);
        if (!trade) break;
        const at = stored.metadata.occurredAt;
        const replaced = {
          commitment: event.data.replaced,
          committedAt: trade.draw.committedAt,
          replacedAt: at,
          reason: event.data.reason,
        };
        trade.draw = {
          ...trade.draw,
          commitment: event.data.commitment,
          committedAt: at,
          replacedCommitments: [...(trade.draw.replacedCommitments ?? []), replaced],
        };
        break;
      }
      case 'LotsDrawn': {
        const trade = this.trades.get(event.data.tradeId);
        if (!trade) break;
        trade.lotsDrawn = true;
        const { seed, commitment, confirmedEntryIds, assignments } = event.data;
        trade.draw = { ...trade.draw, commitment, seed, confirmedEntryIds, assignments, drawnAt: stored.metadata.occurredAt };
        break;
      }
      case 'CompetitorCheckedIn':
        this.trades.get(event.data.tradeId)?.checkIn.checkedIn.push(event.data.competitorNumber);
        break;
      case 'RegistrationRulesSet': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.definition = { ...trade.definition, registration: event.data.rules };
        break;
      }
      case 'TheoryAnswerKeySet': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.definition = { ...trade.definition, theory: { answerKey: event.data.answerKey } };
        break;
      }
      case 'CheckInClosed': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.checkIn = { ...trade.checkIn, closedAt: stored.metadata.occurredAt, absent: event.data.absent };
        break;
      }
    }
  }
}
