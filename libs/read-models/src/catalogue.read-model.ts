import type { StoredEvent } from '#event-store';
import type { ContestEventDefinition, DomainEvent, DrawAssignment, PanelMember, TradeDefinition } from '#domain';

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

const aspectCount = (trade: TradeDefinition) => trade.scheme.subCriteria.reduce((n, s) => n + s.aspects.length, 0);

/** The contest, its events and trades with their panels: what the catalogue endpoints show. */
export class CatalogueReadModel {
  /** The current edition: the one created last. */
  contest: ContestSummary | undefined;
  /** Every edition, oldest first. */
  readonly editions: ContestSummary[] = [];
  readonly events = new Map<string, ContestEventDefinition & { tradeIds: string[] }>();
  readonly trades = new Map<string, TradeView>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    switch (event.type) {
      case 'ContestDefined':
        this.contest = { ...event.data };
        this.editions.push(this.contest);
        break;
      case 'ContestEventDefined':
        this.events.set(event.data.event.id, { ...event.data.event, tradeIds: event.data.tradeIds });
        break;
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
