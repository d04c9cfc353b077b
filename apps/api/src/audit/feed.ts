import { CITIES, type ContestantResult, type DomainEvent, type Honour, type Prize, type Standing } from '#domain';
import type { StoredEvent } from '#event-store';

/**
 * The public feed for spectators and the press, in the manner of the ICPC contest API's event feed:
 * one JSON object per line, each with a resume `token` (the global position of the event it comes
 * from). Only what is published goes in: the contest's structure (names only — never a trade's
 * theory answer key), boards frozen and revealed, and the results of a trade from their
 * publication on. Never marks, unpublished scores, ID numbers or phones.
 *
 * `FeedProjection` is the mapping from store events to feed events: no I/O, the same events in the
 * same order always give the same feed.
 */

export type FeedEvent =
  | FeedItem<'contest', { name: string; year: number }>
  | FeedItem<'events', { name: string; nameEn: string; date: string; venue: string; tradeIds: string[] }>
  | FeedItem<'trades', { name: string; nameEn: string; eventId: string; teamSize: number; weights: { theory: number; practical: number } }>
  | FeedItem<'boards', { frozen: boolean; at: string }>
  | FeedItem<'results', PublishedResults | { status: 'reopened' }>;

export interface FeedItem<Type extends string, Data> {
  /** Resume token: pass it as `since` to get only what came after. */
  token: string;
  type: Type;
  /** The contest, event or trade the item is about. */
  id: string;
  /** When it happened (the event's occurredAt). */
  time: string;
  data: Data;
}

export interface PublishedResults {
  status: 'official';
  publishedAt: string;
  /** The audit chain's head recorded at publication: anyone can check an export against it. */
  checkpoint: { position: number; hash: string } | null;
  rows: PublishedRow[];
}

export interface PublishedRow {
  competitorNumber: number;
  /** The contestant, or a team's captain and members. */
  name: string;
  city: string;
  cityName: string;
  employer: string;
  theory: number | null;
  practical: number | null;
  /** Rounded half up to 0.01: the official figure. */
  total: number | null;
  /** The exact total ranks and prizes follow, `"numerator/denominator"`; null from rankings recorded before scores were exact. */
  exactTotal: string | null;
  /** Null for a contestant without a score. */
  rank: number | null;
  prize: Prize | null;
  standardised: number | null;
  honours: Honour[];
}

const cityName = new Map<string, string>(CITIES.map((c) => [c.id, c.name]));

interface PublicEntry {
  name: string;
  city: string;
  employer: string;
}

interface TradeResults {
  /** competitor number → entry id, from the draw. */
  competitors: Map<number, string>;
  results: Map<number, ContestantResult>;
  standings: Standing[];
  rankedRevision: number;
  published?: { publishedAt: string; checkpoint: PublishedResults['checkpoint'] };
  /** The rows last put in the feed, to leave out a ranking that changes nothing. */
  lastRows?: string;
}

export class FeedProjection {
  private readonly entries = new Map<string, PublicEntry>();
  private readonly trades = new Map<string, TradeResults>();

  /** The feed event this store event gives, if any. Events must come in global order. */
  apply(stored: StoredEvent): FeedEvent | undefined {
    const event = stored as unknown as DomainEvent;
    const item = <T extends FeedEvent['type']>(type: T, id: string, data: Extract<FeedEvent, { type: T }>['data']) =>
      ({ token: String(stored.position), type, id, time: stored.metadata.occurredAt, data }) as FeedEvent;

    switch (event.type) {
      case 'ContestDefined':
        return item('contest', event.data.contestId, { name: event.data.name, year: event.data.year });
      case 'ContestEventDefined': {
        const { id, name, nameEn, date, venue } = event.data.event;
        return item('events', id, { name, nameEn, date, venue, tradeIds: [...event.data.tradeIds] });
      }
      case 'TradeDefined':
      case 'TradeRevised': {
        // A whitelist: the definition also holds the theory exam's answer key.
        const { id, name, nameEn, eventId, teamSize, weights } = event.data.trade;
        return item('trades', id, { name, nameEn, eventId, teamSize, weights: { theory: weights.theory, practical: weights.practical } });
      }
      case 'EntrySubmitted': {
        const { entryId, name, members, city, employer } = event.data;
        this.entries.set(entryId, { name: [name, ...(members ?? []).map((m) => m.name)].join('、'), city, employer: employer.name });
        return undefined;
      }
      case 'LotsDrawn':
        this.tradeOf(event.data.tradeId).competitors = new Map(event.data.assignments.map((a) => [a.competitorNumber, a.entryId]));
        return undefined;
      case 'ResultCalculated': {
        const results = this.tradeOf(event.data.tradeId).results;
        const before = results.get(event.data.competitorNumber);
        if (!before || before.sheetRevision < event.data.sheetRevision) results.set(event.data.competitorNumber, event.data);
        return undefined;
      }
      case 'TradeRanked': {
        const trade = this.tradeOf(event.data.tradeId);
        if (event.data.resultsRevision < trade.rankedRevision) return undefined;
        trade.rankedRevision = event.data.resultsRevision;
        trade.standings = event.data.standings;
        // A ranking after publication (the ranking job finishing late) updates the published results.
        return trade.published ? this.resultsItem(event.data.tradeId, trade, item) : undefined;
      }
      case 'ResultsPublished': {
        const trade = this.tradeOf(event.data.tradeId);
        trade.published = { publishedAt: event.data.publishedAt, checkpoint: event.data.checkpoint ?? null };
        trade.lastRows = undefined;
        return this.resultsItem(event.data.tradeId, trade, item);
      }
      case 'ResultsReopened': {
        const trade = this.tradeOf(event.data.tradeId);
        trade.published = undefined;
        return item('results', event.data.tradeId, { status: 'reopened' });
      }
      case 'BoardFrozen':
        return item('boards', event.data.tradeId, { frozen: true, at: event.data.frozenAt });
      case 'BoardRevealed':
        return item('boards', event.data.tradeId, { frozen: false, at: event.data.revealedAt });
      default:
        return undefined;
    }
  }

  private resultsItem(
    tradeId: string,
    trade: TradeResults,
    item: (type: 'results', id: string, data: PublishedResults) => FeedEvent,
  ): FeedEvent | undefined {
    const standingOf = new Map(trade.standings.map((s) => [s.competitorNumber, s]));
    const rows = [...trade.competitors.entries()]
      .sort(([a], [b]) => a - b)
      .map(([competitorNumber, entryId]): PublishedRow => {
        const entry = this.entries.get(entryId);
        const result = trade.results.get(competitorNumber);
        const standing = standingOf.get(competitorNumber);
        return {
          competitorNumber,
          name: entry?.name ?? '',
          city: entry?.city ?? '',
          cityName: cityName.get(entry?.city ?? '') ?? '',
          employer: entry?.employer ?? '',
          theory: result?.theory ?? null,
          practical: result?.practical ?? null,
          total: standing?.total ?? result?.total ?? null,
          exactTotal: standing?.exactTotal ?? result?.exact?.total ?? null,
          rank: standing?.rank ?? null,
          prize: standing?.prize ?? null,
          standardised: standing?.standardised ?? null,
          honours: standing ? [...standing.honours] : [],
        };
      });
    const text = JSON.stringify(rows);
    if (text === trade.lastRows) return undefined;
    trade.lastRows = text;
    return item('results', tradeId, { status: 'official', ...trade.published!, rows });
  }

  private tradeOf(tradeId: string): TradeResults {
    let trade = this.trades.get(tradeId);
    if (!trade) {
      trade = { competitors: new Map(), results: new Map(), standings: [], rankedRevision: -1 };
      this.trades.set(tradeId, trade);
    }
    return trade;
  }
}

/** The whole feed of a sequence of store events (for tests and one-off use). */
export function feedOf(events: Iterable<StoredEvent>): FeedEvent[] {
  const projection = new FeedProjection();
  const feed: FeedEvent[] = [];
  for (const event of events) {
    const item = projection.apply(event);
    if (item) feed.push(item);
  }
  return feed;
}
