import type { StoredEvent } from '#event-store';
import type { ContestEventDefinition, DomainEvent, PanelMember, TradeDefinition } from '#domain';

export interface ContestSummary {
  contestId: string;
  name: string;
  year: number;
  demo: boolean;
}

export interface TradeView {
  definition: TradeDefinition;
  contestId: string;
  panel: PanelMember[];
  lotsDrawn: boolean;
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
        });
        break;
      case 'JudgeAssigned': {
        const { tradeId, ...member } = event.data;
        this.trades.get(tradeId)?.panel.push(member);
        break;
      }
      case 'LotsDrawn': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.lotsDrawn = true;
        break;
      }
    }
  }
}
