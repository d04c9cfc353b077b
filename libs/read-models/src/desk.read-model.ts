import type { StoredEvent } from '#event-store';
import { appealWindowClosesAt, type DomainEvent, type TradeDefinition } from '#domain';
import type { DeskEntries, DeskRow, DeskStage } from '#contracts';

/**
 * The contest desk: one row per trade with where it stands — entries, draw, check-in, marking,
 * corrections and re-marks, sign-off, theory, freeze, publication, appeals. Fed event by event
 * like the other read models, with counters kept per competitor, so that a request adds up at
 * most a trade's competitors (the whole desk: a few thousand records) and never reads a stream.
 * Each row remembers the store position that last changed it, for "what changed since".
 */

type EntryState = 'submitted' | 'approved' | 'confirmed' | 'closed';

interface Remark {
  round: number;
  marks: number;
  needed: number;
}

interface CompetitorProgress {
  city: string;
  checkedIn: boolean;
  absent: boolean;
  markedAspects: number;
  totalAspects: number;
  signedOff: Set<string>;
  pendingCorrections: Set<string>;
  /** aspect id → the round being marked again. */
  remarks: Map<string, Remark>;
  /** aspect id → its current round (absent = 1). */
  rounds: Map<string, number>;
  theory: boolean;
}

interface TradeDesk {
  contestId: string;
  definition: TradeDefinition;
  aspectTypes: Map<string, 'measurement' | 'judgement'>;
  entries: Map<string, { city: string; state: EntryState }>;
  drawCommitted: boolean;
  drawn: boolean;
  checkInClosed: boolean;
  competitors: Map<number, CompetitorProgress>;
  frozen: boolean;
  publishedAt: string | null;
  pendingAppeals: Set<string>;
  changedAt: number;
  /** The whole-trade row as last computed; dropped at each change. */
  cached?: DeskRow;
}

export interface DeskFilter {
  /** The edition: the current one's trades (earlier editions are not on the desk). */
  contestId?: string;
  eventId?: string;
  city?: string;
  stage?: DeskStage;
}

export class DeskReadModel {
  private readonly trades = new Map<string, TradeDesk>();
  /** entry id → trade id, for the events that name only the entry. */
  private readonly tradeOfEntry = new Map<string, string>();
  /** appeal id → trade id. */
  private readonly tradeOfAppeal = new Map<string, string>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    const touch = (trade: TradeDesk | undefined) => {
      if (!trade) return;
      trade.changedAt = stored.position;
      trade.cached = undefined;
    };
    switch (event.type) {
      case 'TradeDefined': {
        const definition = event.data.trade;
        const trade: TradeDesk = {
          contestId: event.data.contestId,
          definition,
          aspectTypes: new Map(definition.scheme.subCriteria.flatMap((s) => s.aspects.map((a) => [a.id, a.type] as const))),
          entries: new Map(),
          drawCommitted: false,
          drawn: false,
          checkInClosed: false,
          competitors: new Map(),
          frozen: false,
          publishedAt: null,
          pendingAppeals: new Set(),
          changedAt: stored.position,
        };
        this.trades.set(definition.id, trade);
        break;
      }
      case 'TradeRevised': {
        const trade = this.trades.get(event.data.tradeId);
        if (!trade) break;
        trade.definition = event.data.trade;
        trade.aspectTypes = new Map(event.data.trade.scheme.subCriteria.flatMap((s) => s.aspects.map((a) => [a.id, a.type] as const)));
        touch(trade);
        break;
      }
      case 'EntrySubmitted': {
        const trade = this.trades.get(event.data.tradeId);
        this.tradeOfEntry.set(event.data.entryId, event.data.tradeId);
        trade?.entries.set(event.data.entryId, { city: event.data.city, state: 'submitted' });
        touch(trade);
        break;
      }
      case 'EntryApprovedByCity':
        this.entryIs(event.data.entryId, 'approved', touch);
        break;
      case 'EntryConfirmed':
        this.entryIs(event.data.entryId, 'confirmed', touch);
        break;
      case 'EntryRejectedByCity':
      case 'EntryRejectedByProvince':
      case 'EntryWithdrawn':
        this.entryIs(event.data.entryId, 'closed', touch);
        break;
      case 'DrawCommitted': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.drawCommitted = true;
        touch(trade);
        break;
      }
      case 'LotsDrawn': {
        const trade = this.trades.get(event.data.tradeId);
        if (!trade) break;
        trade.drawn = true;
        const totalAspects = trade.aspectTypes.size;
        for (const { entryId, competitorNumber } of event.data.assignments) {
          trade.competitors.set(competitorNumber, {
            city: trade.entries.get(entryId)?.city ?? '',
            checkedIn: false,
            absent: false,
            markedAspects: 0,
            totalAspects,
            signedOff: new Set(),
            pendingCorrections: new Set(),
            remarks: new Map(),
            rounds: new Map(),
            theory: false,
          });
        }
        touch(trade);
        break;
      }
      case 'CompetitorCheckedIn':
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => (c.checkedIn = true));
        break;
      case 'CheckInClosed': {
        const trade = this.trades.get(event.data.tradeId);
        if (!trade) break;
        trade.checkInClosed = true;
        for (const number of event.data.absent) {
          const competitor = trade.competitors.get(number);
          if (competitor) competitor.absent = true;
        }
        touch(trade);
        break;
      }
      case 'ResultCalculated':
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => {
          c.markedAspects = event.data.markedAspects;
          c.totalAspects = event.data.totalAspects;
        });
        break;
      case 'MarkSubmitted': {
        const { aspectId, round } = event.data;
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => {
          const remark = c.remarks.get(aspectId);
          if (!remark || (round ?? 1) !== remark.round) return;
          remark.marks += 1;
          if (remark.marks >= remark.needed) c.remarks.delete(aspectId);
        });
        break;
      }
      case 'SpreadFlagged': {
        const trade = this.trades.get(event.data.tradeId);
        const { aspectId, round } = event.data;
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => {
          c.rounds.set(aspectId, round + 1);
          c.remarks.set(aspectId, { round: round + 1, marks: 0, needed: trade?.definition.panelSize ?? 3 });
        });
        break;
      }
      case 'CorrectionRequested':
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => c.pendingCorrections.add(event.data.correctionId));
        break;
      case 'CorrectionApproved':
      case 'CorrectionRejected':
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) =>
          c.pendingCorrections.delete(event.data.correctionId),
        );
        break;
      case 'ModuleSignedOff':
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => c.signedOff.add(event.data.moduleId));
        break;
      case 'AppealRemedyApplied': {
        const trade = this.trades.get(event.data.tradeId);
        const { remedy, reopenedModules } = event.data;
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => {
          for (const moduleId of reopenedModules) c.signedOff.delete(moduleId);
          if (remedy.kind !== 'remark') return;
          for (const aspectId of remedy.aspectIds) {
            const round = (c.rounds.get(aspectId) ?? 1) + 1;
            c.rounds.set(aspectId, round);
            const needed = trade?.aspectTypes.get(aspectId) === 'measurement' ? 1 : (trade?.definition.panelSize ?? 3);
            c.remarks.set(aspectId, { round, marks: 0, needed });
          }
        });
        break;
      }
      case 'TheoryAnswersRecorded':
      case 'TheoryScoreRecorded':
        this.competitor(event.data.tradeId, event.data.competitorNumber, touch, (c) => (c.theory = true));
        break;
      case 'BoardFrozen':
      case 'BoardRevealed': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.frozen = event.type === 'BoardFrozen';
        touch(trade);
        break;
      }
      case 'ResultsPublished':
      case 'ResultsReopened': {
        const trade = this.trades.get(event.data.tradeId);
        if (trade) trade.publishedAt = event.type === 'ResultsPublished' ? event.data.publishedAt : null;
        touch(trade);
        break;
      }
      case 'AppealFiled': {
        const trade = this.trades.get(event.data.tradeId);
        this.tradeOfAppeal.set(event.data.appealId, event.data.tradeId);
        trade?.pendingAppeals.add(event.data.appealId);
        touch(trade);
        break;
      }
      case 'AppealDecided': {
        const trade = this.trades.get(this.tradeOfAppeal.get(event.data.appealId) ?? '');
        trade?.pendingAppeals.delete(event.data.appealId);
        touch(trade);
        break;
      }
    }
  }

  /**
   * The desk's rows in catalogue order. With `city`, every count is of that city's entries and
   * competitors; with `since`, only the rows changed after that store position.
   */
  rows(filter: DeskFilter = {}, since?: number): DeskRow[] {
    const rows: DeskRow[] = [];
    for (const trade of this.trades.values()) {
      if (filter.contestId !== undefined && trade.contestId !== filter.contestId) continue;
      if (filter.eventId && trade.definition.eventId !== filter.eventId) continue;
      if (since !== undefined && trade.changedAt <= since) continue;
      if (!filter.city && !trade.cached) trade.cached = rowOf(trade);
      const row = filter.city ? rowOf(trade, filter.city) : trade.cached!;
      if (filter.stage && row.stage !== filter.stage) continue;
      rows.push(row);
    }
    return rows;
  }

  private entryIs(entryId: string, state: EntryState, touch: (trade: TradeDesk | undefined) => void): void {
    const trade = this.trades.get(this.tradeOfEntry.get(entryId) ?? '');
    const entry = trade?.entries.get(entryId);
    if (!entry) return;
    entry.state = state;
    touch(trade);
  }

  private competitor(
    tradeId: string,
    competitorNumber: number,
    touch: (trade: TradeDesk | undefined) => void,
    change: (competitor: CompetitorProgress) => void,
  ): void {
    const trade = this.trades.get(tradeId);
    const competitor = trade?.competitors.get(competitorNumber);
    if (!competitor) return;
    change(competitor);
    touch(trade);
  }
}

function rowOf(trade: TradeDesk, city?: string): DeskRow {
  const entries: DeskEntries = { submitted: 0, approved: 0, confirmed: 0, closed: 0 };
  for (const entry of trade.entries.values()) if (!city || entry.city === city) entries[entry.state] += 1;

  let competitors = 0;
  let checkedIn = 0;
  let absent = 0;
  let markedAspects = 0;
  let totalAspects = 0;
  let marked = 0;
  let pendingCorrections = 0;
  let openRemarks = 0;
  let signedOff = 0;
  let theoryRecorded = 0;
  const modules = trade.definition.scheme.subCriteria.length;
  for (const competitor of trade.competitors.values()) {
    if (city && competitor.city !== city) continue;
    competitors += 1;
    if (competitor.checkedIn) checkedIn += 1;
    pendingCorrections += competitor.pendingCorrections.size;
    if (competitor.absent) {
      absent += 1;
      continue;
    }
    markedAspects += competitor.markedAspects;
    totalAspects += competitor.totalAspects;
    if (competitor.markedAspects === competitor.totalAspects) marked += 1;
    openRemarks += competitor.remarks.size;
    if (competitor.signedOff.size >= modules) signedOff += 1;
    if (competitor.theory) theoryRecorded += 1;
  }
  const { definition } = trade;
  return {
    tradeId: definition.id,
    eventId: definition.eventId,
    name: definition.name,
    nameEn: definition.nameEn,
    stage: stageOf(trade),
    entries,
    drawCommitted: trade.drawCommitted,
    competitors,
    checkedIn,
    checkInClosed: trade.checkInClosed,
    absent,
    markedAspects,
    totalAspects,
    marked,
    pendingCorrections,
    openRemarks,
    signedOff,
    theoryRecorded,
    theoryWeight: definition.weights.theory,
    frozen: trade.frozen,
    publishedAt: trade.publishedAt,
    appealsCloseAt: trade.publishedAt ? appealWindowClosesAt(definition, trade.publishedAt) : null,
    pendingAppeals: trade.pendingAppeals.size,
    changedAt: trade.changedAt,
  };
}

/** The trade's stage as a whole (a city's view keeps the trade's stage; only the counts are the city's). */
function stageOf(trade: TradeDesk): DeskStage {
  if (trade.publishedAt) return 'published';
  if (!trade.drawn) return 'registration';
  const present = [...trade.competitors.values()].filter((c) => !c.absent);
  const modules = trade.definition.scheme.subCriteria.length;
  if (present.length > 0 && present.every((c) => c.signedOff.size >= modules)) return 'signed_off';
  return present.some((c) => c.markedAspects > 0 || c.signedOff.size > 0) ? 'marking' : 'drawn';
}
