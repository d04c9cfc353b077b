import { Injectable } from '@nestjs/common';
import { CommandExecutor, StreamStateCache } from '#application';
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

export const SCORING_ACTOR = { userId: 'system:scoring', role: 'system' } as const;

/**
 * The scoring job: a contestant's result (and theory grade) from their score sheet as it stands.
 * Nothing is written when the result is the same as the last one (a mark that does not complete its
 * aspect changes nothing). Event ids derive from the sheet revision, so a retried or duplicated job
 * writes nothing new. Appended through the command executor, which stamps the metadata and schema versions.
 */
@Injectable()
export class ScoreContestantService {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
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

    await this.executor.record({
      streamId: streams.results(tradeId),
      events,
      meta: {
        actor: SCORING_ACTOR,
        commandId: events[events.length - 1].name,
        correlationId: job.correlationId,
        causationId: job.causationId,
      },
    });
    return { sheetRevision: sheet.revision, written: events.map((e) => e.type) };
  }
}
