import { Inject, Injectable } from '@nestjs/common';
import type { TheoryCompetitorView, TheoryHistoryItem, TheoryStatusView } from '#contracts';
import { gradeTheory, hasTheoryResult, isAbsent, type ScoreSheetEvent, streams } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ScoreSheetReader } from '../score-sheets/score-sheet.service.js';

/**
 * Where a trade's theory exam stands, from the score sheets themselves (not the scoring jobs'
 * results, which may lag): each drawn competitor's theory result (answers graded against the key,
 * or a score entered), its history, and the present competitors still without one.
 */
@Injectable()
export class TheoryStatusService {
  constructor(
    private readonly reader: ScoreSheetReader,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async status(tradeId: string): Promise<TheoryStatusView> {
    const { state: trade, definition } = await this.reader.trade(tradeId);
    const answerKey = definition.theory?.answerKey;
    const competitors: TheoryCompetitorView[] = [];
    for (const competitorNumber of this.drawn(trade.competitors)) {
      const { state: sheet } = await this.reader.sheet(tradeId, competitorNumber);
      const graded = answerKey && sheet.theoryAnswers ? gradeTheory(answerKey, sheet.theoryAnswers) : undefined;
      const source = sheet.theoryScore !== undefined ? 'score' : sheet.theoryAnswers ? 'answers' : 'missing';
      competitors.push({
        competitorNumber,
        absent: isAbsent(trade, competitorNumber),
        source,
        score: source === 'score' ? sheet.theoryScore! : (graded?.score ?? null),
        ...(source === 'answers' && graded ? { correct: graded.correct } : {}),
        history: await this.history(tradeId, competitorNumber, answerKey),
      });
    }
    return {
      tradeId,
      weight: definition.weights.theory,
      questions: answerKey?.length ?? 0,
      keyOpen: competitors.every((c) => c.history.every((h) => h.kind !== 'answers')),
      competitors,
      missing: competitors.filter((c) => !c.absent && c.source === 'missing').map((c) => c.competitorNumber),
    };
  }

  /** Present competitors without a theory result (publishing is refused while there are any). */
  async missing(tradeId: string): Promise<number[]> {
    const { state: trade } = await this.reader.trade(tradeId);
    const missing: number[] = [];
    for (const competitorNumber of this.drawn(trade.competitors)) {
      if (isAbsent(trade, competitorNumber)) continue;
      if (!hasTheoryResult((await this.reader.sheet(tradeId, competitorNumber)).state)) missing.push(competitorNumber);
    }
    return missing;
  }

  /** How many competitors have answer sheets recorded: the answer key is locked once there is one. */
  async answerSheetsRecorded(tradeId: string): Promise<number> {
    const { state: trade } = await this.reader.trade(tradeId);
    let recorded = 0;
    for (const competitorNumber of this.drawn(trade.competitors)) {
      if ((await this.reader.sheet(tradeId, competitorNumber)).state.theoryAnswers) recorded++;
    }
    return recorded;
  }

  private drawn(competitors: ReadonlyMap<number, string> | undefined): number[] {
    return [...(competitors?.keys() ?? [])].sort((a, b) => a - b);
  }

  private async history(tradeId: string, competitorNumber: number, answerKey: readonly string[] | undefined): Promise<TheoryHistoryItem[]> {
    const events = await this.store.readStream(streams.scoreSheet(tradeId, competitorNumber));
    return events.flatMap((stored): TheoryHistoryItem[] => {
      const event = stored as unknown as ScoreSheetEvent;
      const at = stored.metadata.occurredAt;
      const by = stored.metadata.actor.userId;
      if (event.type === 'TheoryAnswersRecorded') {
        const score = answerKey ? gradeTheory(answerKey, event.data.answers).score : null;
        return [{ kind: 'answers', score, reason: event.data.reason ?? null, at, by }];
      }
      if (event.type === 'TheoryScoreRecorded') return [{ kind: 'score', score: event.data.score, reason: event.data.reason, at, by }];
      return [];
    });
  }
}
