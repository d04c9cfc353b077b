import { Injectable } from '@nestjs/common';
import { CommandExecutor, StreamStateCache } from '#application';
import type { RankTradeJob } from '#contracts';
import {
  rankResults,
  requireDefined,
  sameStandings,
  standingOf,
  streams,
  tradeDecider,
  tradeRankingProjection,
  tradeResultsProjection,
  type RankingEvent,
} from '#domain';
import { SCORING_ACTOR } from './score-contestant.service.js';

/**
 * The ranking job: a trade's standings (ranks with the tie-breaks, prizes, honours, standardised
 * scores) from its contestants' latest results. Recorded only when they changed; the event id
 * derives from the results and trade revisions it was computed from.
 */
@Injectable()
export class RankTradeService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
  ) {}

  async run({ tradeId }: RankTradeJob): Promise<{ ranked: boolean; resultsRevision: number }> {
    const trade = await this.cache.load(streams.trade(tradeId), tradeDecider);
    const definition = requireDefined(trade.state);
    const results = await this.cache.load(streams.results(tradeId), tradeResultsProjection);
    const standings = rankResults(definition, trade.state, results.state.results).map(standingOf);
    const last = (await this.cache.load(streams.ranking(tradeId), tradeRankingProjection)).state.latest;
    if (last && sameStandings(last.standings, standings)) return { ranked: false, resultsRevision: results.revision };

    const name = `ranking/${tradeId}/${results.revision}/${trade.revision}`;
    const event: RankingEvent = { type: 'TradeRanked', data: { tradeId, resultsRevision: results.revision, standings } };
    await this.executor.record({
      streamId: streams.ranking(tradeId),
      events: [{ ...event, name }],
      meta: { actor: SCORING_ACTOR, commandId: name, correlationId: name, causationId: name },
    });
    return { ranked: true, resultsRevision: results.revision };
  }
}
