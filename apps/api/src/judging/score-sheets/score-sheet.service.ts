import { Injectable } from '@nestjs/common';
import { StreamStateCache } from '#application';
import {
  entryDecider,
  requireDefined,
  scoreSheetDecider,
  streams,
  tradeDecider,
  tradeResultsProjection,
  type ContestantProfile,
  type ScoreSheetContext,
  type TradeDefinition,
  type TradeState,
} from '#domain';

/**
 * Reads what judging decisions and views need, consistently from the store (through the stream cache):
 * the trade, a contestant's score sheet, the trade's results, and the contestant's employer and city for
 * conflicts of interest.
 */
@Injectable()
export class ScoreSheetReader {
  constructor(private readonly cache: StreamStateCache) {}

  async trade(tradeId: string): Promise<{ state: TradeState; definition: TradeDefinition }> {
    const { state } = await this.cache.load(streams.trade(tradeId), tradeDecider);
    return { state, definition: requireDefined(state) };
  }

  sheet(tradeId: string, competitorNumber: number) {
    return this.cache.load(streams.scoreSheet(tradeId, competitorNumber), scoreSheetDecider);
  }

  results(tradeId: string) {
    return this.cache.load(streams.results(tradeId), tradeResultsProjection);
  }

  async context(tradeId: string, competitorNumber: number): Promise<ScoreSheetContext> {
    const { state } = await this.cache.load(streams.trade(tradeId), tradeDecider);
    return { trade: state, contestant: await this.contestant(state, competitorNumber) };
  }

  /** The entry behind a competitor number: its employer(s) and city; nobody when the number is not drawn. */
  async contestant(trade: TradeState, competitorNumber: number): Promise<ContestantProfile> {
    const entryId = trade.competitors?.get(competitorNumber);
    if (!entryId) return { employers: [], city: '' };
    const { state } = await this.cache.load(streams.entry(entryId), entryDecider);
    return { employers: state.details ? [state.details.employer.name] : [], city: state.details?.city ?? '' };
  }

  /** The user id of the contestant whose entry holds the competitor number, if the entry has an account. */
  async entrant(trade: TradeState, competitorNumber: number): Promise<string | undefined> {
    const entryId = trade.competitors?.get(competitorNumber);
    if (!entryId) return undefined;
    return (await this.cache.load(streams.entry(entryId), entryDecider)).state.details?.contestantUserId;
  }
}
