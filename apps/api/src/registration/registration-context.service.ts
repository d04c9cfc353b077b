import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { StreamStateCache } from '#application';
import {
  conflict,
  contestDecider,
  type EarlierEditionTrade,
  type EntryContext,
  entryDecider,
  eventKindOf,
  firstPrizeYearsOf,
  peopleOf,
  priorPrizeDecider,
  streams,
  type TradeDefinition,
  tradeDecider,
  type TradeState,
  tradeRankingProjection,
} from '#domain';
import { APP_CONFIG, type AppConfig, contestPersonKey, personKey } from '#platform';
import { ProjectionsService } from '../projections/projections.service.js';

/**
 * What registration decisions need from beyond the entry's own stream, read from the streams
 * themselves (not the read models), so that a decision sees every event written before it.
 */
@Injectable()
export class RegistrationContext {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: StreamStateCache,
    private readonly projections: ProjectionsService,
  ) {}

  get contestId(): string {
    const contest = this.projections.models.catalogue.contest;
    if (!contest) throw new NotFoundException({ message: 'No contest is open for entries', code: 'catalogue.no_contest', params: {} });
    return contest.contestId;
  }

  /**
   * A person's key in this contest, keyed with a server secret so that stream names neither reveal
   * nor let anyone guess an ID number. An individual's (or captain's) entry id is their key.
   */
  personKey(idNumber: string, contestId = this.contestId): string {
    return contestPersonKey(this.config.PERSON_KEY_SECRET, contestId, idNumber);
  }

  /** The same person across editions: for the record of earlier first prizes. */
  priorPrizeKey(idNumber: string): string {
    return personKey(this.config.PERSON_KEY_SECRET, idNumber);
  }

  async forTrade(tradeId: string): Promise<EntryContext> {
    const contestId = this.contestId;
    const [trade, contest, prizes] = await Promise.all([
      this.cache.load(streams.trade(tradeId), tradeDecider),
      this.cache.load(streams.contest(contestId), contestDecider),
      this.cache.load(streams.priorPrizes(tradeId), priorPrizeDecider),
    ]);
    if (trade.state.contestId !== undefined && trade.state.contestId !== contestId) {
      throw conflict(`Trade ${tradeId} belongs to an earlier edition: entries go to the trades of the current edition`, 'tradeId', {
        code: 'entries.not_current_edition',
        params: { tradeId },
      });
    }
    const definition = trade.state.definition;
    if (definition && eventKindOf(contest.state.events?.get(definition.eventId)?.event) === 'achievement') {
      throw conflict(`Trade ${tradeId} is an achievement review: apply by submitting an achievement, not an entry`, 'tradeId', {
        code: 'entries.achievement_review',
        params: { tradeId },
      });
    }
    const contestYear = contest.state.year ?? new Date().getUTCFullYear();
    const editions = definition?.registration?.noFirstPrizeInLastEditions;
    const earlier = definition && editions ? await this.earlierEditionTrades(definition, contestYear - editions) : [];
    return {
      trade: definition,
      lotsDrawn: trade.state.competitors !== undefined,
      registrationClosesAt: contest.state.registrationClosesAt,
      contestDay: (definition && contest.state.eventDays.get(definition.eventId)) ?? `${contest.state.year}-12-31`,
      contestYear,
      firstPrizeYears: (idNumber) => firstPrizeYearsOf(this.priorPrizeKey(idNumber), prizes.state, earlier),
    };
  }

  /** The trade's line back through its previous trades, as far as editions held in `sinceYear` or later. */
  private async earlierEditionTrades(definition: TradeDefinition, sinceYear: number): Promise<EarlierEditionTrade[]> {
    const line: EarlierEditionTrade[] = [];
    const seen = new Set([definition.id]);
    for (let tradeId = definition.previousTradeId; tradeId !== undefined && !seen.has(tradeId); ) {
      seen.add(tradeId);
      const trade = (await this.cache.load(streams.trade(tradeId), tradeDecider)).state;
      if (!trade.definition || !trade.contestId) break;
      const year = (await this.cache.load(streams.contest(trade.contestId), contestDecider)).state.year;
      if (year === undefined || year < sinceYear) break;
      line.push({
        tradeId,
        year,
        recorded: (await this.cache.load(streams.priorPrizes(tradeId), priorPrizeDecider)).state,
        firstPrizeWinners: await this.firstPrizeWinners(tradeId, trade),
      });
      tradeId = trade.definition.previousTradeId;
    }
    return line;
  }

  /**
   * Everyone in an entry with a first prize in the trade's published results (the standings last
   * ranked), as person keys; nobody while its results are not published.
   */
  private async firstPrizeWinners(tradeId: string, trade: TradeState): Promise<Set<string>> {
    const winners = new Set<string>();
    if (!trade.published) return winners;
    const standings = (await this.cache.load(streams.ranking(tradeId), tradeRankingProjection)).state.latest?.standings ?? [];
    for (const { competitorNumber, prize } of standings) {
      const entryId = prize === 'first' ? trade.competitors?.get(competitorNumber) : undefined;
      if (entryId === undefined) continue;
      const details = (await this.cache.load(streams.entry(entryId), entryDecider)).state.details;
      // A forgotten person's ID number is gone with their key: nothing to match.
      for (const person of details ? peopleOf(details) : []) if (person.idNumber) winners.add(this.priorPrizeKey(person.idNumber));
    }
    return winners;
  }
}
