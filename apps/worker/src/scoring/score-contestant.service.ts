import { Inject, Injectable } from '@nestjs/common';
import { deterministicId, StreamStateCache } from '#application';
import type { ScoreContestantJob } from '#contracts';
import {
  calculateResult,
  gradeSheetTheory,
  requireDefined,
  sameResult,
  scoreSheetDecider,
  streams,
  tradeDecider,
  tradeResultsProjection,
  type ResultEvent,
} from '#domain';
import { EVENT_STORE, type EventStore, type NewEvent } from '#event-store';
import { CLOCK, type Clock } from '#platform';

export const SCORING_ACTOR = { userId: 'system:scoring', role: 'system' } as const;

/**
 * The scoring job: a contestant's result (and theory grade) from their score sheet as it stands.
 * Nothing is written when the result is the same as the last one (a mark that does not complete its
 * aspect changes nothing). Event ids derive from the sheet revision, so a retried or duplicated job
 * writes nothing new.
 */
@Injectable()
export class ScoreContestantService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cache: StreamStateCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(job: ScoreContestantJob): Promise<{ sheetRevision: number; written: string[] }> {
    const { tradeId, competitorNumber } = job;
    const trade = requireDefined((await this.cache.load(streams.trade(tradeId), tradeDecider)).state);
    const sheet = await this.cache.load(streams.scoreSheet(tradeId, competitorNumber), scoreSheetDecider);
    const known = (await this.cache.load(streams.results(tradeId), tradeResultsProjection)).state;

    const events: Array<ResultEvent & { name: string }> = [];
    const grade = gradeSheetTheory(trade, competitorNumber, sheet.state, sheet.revision);
    const lastGrade = known.theory.get(competitorNumber);
    if (grade && (lastGrade?.score !== grade.score || lastGrade.correct !== grade.correct)) {
      events.push({ type: 'TheoryGraded', data: grade, name: `theory/${tradeId}/${competitorNumber}/${sheet.revision}` });
    }
    const result = calculateResult(trade, competitorNumber, sheet.state, sheet.revision);
    const last = known.results.get(competitorNumber);
    if (!last || (last.sheetRevision < sheet.revision && !sameResult(last, result))) {
      events.push({ type: 'ResultCalculated', data: result, name: `result/${tradeId}/${competitorNumber}/${sheet.revision}` });
    }
    if (events.length === 0) return { sheetRevision: sheet.revision, written: [] };

    const metadata = {
      actor: SCORING_ACTOR,
      commandId: events[events.length - 1].name,
      correlationId: job.correlationId,
      causationId: job.causationId,
      occurredAt: this.clock().toISOString(),
      schemaVersion: 1,
    };
    const toAppend: NewEvent[] = events.map(({ name, type, data }) => ({ id: deterministicId(name), type, data, metadata }));
    await this.store.append(streams.results(tradeId), toAppend, 'any');
    return { sheetRevision: sheet.revision, written: events.map((e) => e.type) };
  }
}
