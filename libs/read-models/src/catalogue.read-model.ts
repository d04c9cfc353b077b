import type { StoredEvent } from '#event-store';
import type { ContestEventDefinition, DomainEvent, DrawAssignment, PanelMember, TradeDefinition } from '#domain';

export interface ContestSummary {
  contestId: string;
  name: string;
  year: number;
  demo: boolean;
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
}

/** The contest, its events and trades with their panels: what the catalogue endpoints show. */
export class CatalogueReadModel {
  contest: ContestSummary | undefined;
  readonly events = new Map<string, ContestEventDefinition & { tradeIds: string[] }>();
  readonly trades = new Map<string, TradeView>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    switch (event.type) {
      case 'ContestDefined':
        this.contest = { ...event.data };
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
        });
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
