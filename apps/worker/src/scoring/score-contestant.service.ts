import { Inject, Injectable } from '@nestjs/common';
import { deterministicId, StreamStateCache } from '#application';
import type { ScoreContestantJob } from '#contracts';
import { calculateResult, requireDefined, scoreSheetDecider, streams, tradeDecider, type ResultEvent } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#platform';

export const SCORING_ACTOR = { userId: 'system:scoring', role: 'system' } as const;

/**
 * The scoring job: a contestant's result from their score sheet as it stands. The result event's id
 * derives from the sheet revision it was computed from, so a retried or duplicated job writes nothing new.
 */
@Injectable()
export class ScoreContestantService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cache: StreamStateCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(job: ScoreContestantJob): Promise<{ sheetRevision: number; position: number }> {
    const trade = requireDefined((await this.cache.load(streams.trade(job.tradeId), tradeDecider)).state);
    const sheet = await this.cache.load(streams.scoreSheet(job.tradeId, job.competitorNumber), scoreSheetDecider);
    const result = calculateResult(trade, job.competitorNumber, sheet.state, sheet.revision);
    const event: ResultEvent = { type: 'ResultCalculated', data: result };
    const resultId = `result/${job.tradeId}/${job.competitorNumber}/${sheet.revision}`;
    const appended = await this.store.append(
      streams.results(job.tradeId),
      [
        {
          id: deterministicId(resultId),
          ...event,
          metadata: {
            actor: SCORING_ACTOR,
            commandId: resultId,
            correlationId: job.correlationId,
            causationId: job.causationId,
            occurredAt: this.clock().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      'any',
    );
    return { sheetRevision: sheet.revision, position: appended.position };
  }
}
