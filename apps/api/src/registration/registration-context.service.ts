import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { StreamStateCache } from '#application';
import { contestDecider, priorPrizeDecider, streams, tradeDecider, type EntryContext } from '#domain';
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
    const definition = trade.state.definition;
    return {
      trade: definition,
      lotsDrawn: trade.state.competitors !== undefined,
      registrationClosesAt: contest.state.registrationClosesAt,
      contestDay: (definition && contest.state.eventDays.get(definition.eventId)) ?? `${contest.state.year}-12-31`,
      contestYear: contest.state.year ?? new Date().getUTCFullYear(),
      firstPrizeYears: (idNumber) => prizes.state.years.get(this.priorPrizeKey(idNumber)) ?? [],
    };
  }
}
