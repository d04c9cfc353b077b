import type { TradeDefinition } from '../catalogue/catalogue.types.js';
import { tradeDecider, type TradeActor, type TradeCommand, type TradeEvent } from '../catalogue/trade.js';
import { calculateResult } from '../results/contestant-result.js';
import { parseAnswerKey } from '../scoring/theory.js';
import { spec } from '../testing/decider-specification.js';
import { chiefJudgeActor, cncTrade, organiserActor, readyTradeEvents, sheetContext, sheetOf, tradeStateOf } from '../testing/fixtures.js';
import { hasTheoryResult, scoreSheetDecider, type ScoreSheetCommand, type ScoreSheetEvent } from './score-sheet.js';

/**
 * The theory exam as the organiser runs it (docs/theory-judges-desk.md): the answer key, scores
 * entered where the exam was marked elsewhere, corrections with a reason, and publishing refused
 * while a present competitor has no theory result, unless the organiser says why.
 */

const TRADE = cncTrade.id;
const address = { tradeId: TRADE, competitorNumber: 2 };
const withExam: TradeDefinition = { ...cncTrade, theory: { answerKey: ['A', 'B', 'C', 'D'] } };
const examTrade = tradeStateOf(readyTradeEvents(withExam, 3));

describe('theory exam: the answer key', () => {
  const setKey = (answerKey: readonly string[], gradedSheets = 0, by: TradeActor = organiserActor): TradeCommand => ({
    type: 'SetTheoryAnswerKey',
    answerKey,
    gradedSheets,
    by,
  });
  const keySet = (answerKey: string[]): TradeEvent => ({ type: 'TheoryAnswerKeySet', data: { tradeId: TRADE, answerKey } });

  it('is set by the organiser or the chief judge, and the trade then has an exam of that many questions', () => {
    const ready = readyTradeEvents(cncTrade, 3);
    spec(tradeDecider)
      .given(ready)
      .when(setKey(['A', 'BD', 'C']))
      .then([keySet(['A', 'BD', 'C'])]);
    spec(tradeDecider)
      .given(ready)
      .when(setKey(['A', 'BD', 'C'], 0, chiefJudgeActor(TRADE)))
      .then([keySet(['A', 'BD', 'C'])]);
    expect(tradeStateOf([...ready, keySet(['A', 'BD', 'C'])]).definition?.theory).toEqual({ answerKey: ['A', 'BD', 'C'] });
    spec(tradeDecider)
      .given([...ready, keySet(['A', 'BD', 'C'])])
      .when(setKey(['A', 'BD', 'C']))
      .then([]);
  });

  it('refuses a judge, a key with something else than letters, and any change once answer sheets are graded', () => {
    const ready = readyTradeEvents(cncTrade, 3);
    spec(tradeDecider)
      .given(ready)
      .when(setKey(['A'], 0, { userId: 'trade-cnc-j1', role: 'judge' }))
      .thenThrows('forbidden');
    spec(tradeDecider)
      .given(ready)
      .when(setKey(['A', '1']))
      .thenThrows('invalid', { field: 'theory.answerKey', message: 'Answer 2 of the key (1)' });
    spec(tradeDecider)
      .given([...ready, keySet(['A', 'B'])])
      .when(setKey(['A', 'C'], 3))
      .thenThrows('conflict', { code: 'theory.key_locked', params: { tradeId: TRADE, sheets: 3 } });
  });

  it('reads a key typed as letters, or separated by commas, bars, spaces or lines', () => {
    expect(parseAnswerKey('abdc')).toEqual(['A', 'B', 'D', 'C']);
    expect(parseAnswerKey('A, BD ,C|d\nb')).toEqual(['A', 'BD', 'C', 'D', 'B']);
    expect(parseAnswerKey('  ')).toEqual([]);
  });
});

describe('theory exam: scores entered, and corrected with a reason', () => {
  const record = (score: number, reason?: string): ScoreSheetCommand => ({
    type: 'RecordTheoryScore',
    ...address,
    score,
    ...(reason === undefined ? {} : { reason }),
  });
  const scored = (score: number, previous: number | null = null, reason: string | null = null): ScoreSheetEvent => ({
    type: 'TheoryScoreRecorded',
    data: { ...address, score, previous, reason },
  });
  const answered = (answers: string[]): ScoreSheetEvent => ({ type: 'TheoryAnswersRecorded', data: { ...address, answers } });

  it('records a first score without a reason; the score counts as the theory result', () => {
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given([])
      .when(record(87.5))
      .then([scored(87.5)]);
    const sheet = sheetOf([scored(87.5)]);
    expect(hasTheoryResult(sheet)).toBe(true);
    expect(calculateResult(withExam, 2, sheet, 1)).toMatchObject({ theory: 87.5, total: 26.25 });
  });

  it('also for a trade without an answer key (the exam was marked elsewhere)', () => {
    spec(scoreSheetDecider, sheetContext(tradeStateOf(readyTradeEvents(cncTrade, 3))))
      .given([])
      .when(record(60))
      .then([scored(60)]);
  });

  it('refuses a score outside 0–100 or with more than two decimals', () => {
    for (const score of [-1, 100.01, 55.555, Number.NaN]) {
      spec(scoreSheetDecider, sheetContext(examTrade))
        .given([])
        .when(record(score))
        .thenThrows('invalid', { field: 'score', code: 'theory.score_range' });
    }
  });

  it('corrects a wrong score only with a reason; the history keeps the score it replaced', () => {
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given([scored(78)])
      .when(record(87))
      .thenThrows('invalid', { field: 'reason', code: 'theory.change_needs_reason', params: { tradeId: TRADE, competitorNumber: 2 } });
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given([scored(78)])
      .when(record(87, '  digits swapped when typing  '))
      .then([scored(87, 78, 'digits swapped when typing')]);
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given([scored(78)])
      .when(record(78))
      .then([]);
  });

  it('an entered score replaces graded answers (with a reason), and answers recorded again replace the score (with a reason)', () => {
    const graded = [answered(['A', 'B', 'C', 'C'])];
    expect(calculateResult(withExam, 2, sheetOf(graded), 1).theory).toBe(75);
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given(graded)
      .when(record(80))
      .thenThrows('invalid', { code: 'theory.change_needs_reason' });
    const rescored = [...graded, scored(80, null, 're-marked by hand')];
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given(graded)
      .when(record(80, 're-marked by hand'))
      .then([rescored.at(-1)!]);
    expect(calculateResult(withExam, 2, sheetOf(rescored), 2).theory).toBe(80);

    spec(scoreSheetDecider, sheetContext(examTrade))
      .given(rescored)
      .when({ type: 'RecordTheoryAnswers', ...address, answers: ['A', 'B', 'C', 'C'] })
      .thenThrows('invalid', { code: 'theory.change_needs_reason' });
    const back: ScoreSheetEvent = {
      type: 'TheoryAnswersRecorded',
      data: { ...address, answers: ['A', 'B', 'C', 'C'], reason: 'the sheet was found' },
    };
    spec(scoreSheetDecider, sheetContext(examTrade))
      .given(rescored)
      .when({ type: 'RecordTheoryAnswers', ...address, answers: ['A', 'B', 'C', 'C'], reason: 'the sheet was found' })
      .then([back]);
    expect(calculateResult(withExam, 2, sheetOf([...rescored, back]), 3).theory).toBe(75);
  });
});

describe('publishing results: the theory exam must be complete, or the organiser says why not', () => {
  const ready = readyTradeEvents(withExam, 4);
  const at = '2026-06-15T18:00:00.000Z';
  const publish = (theoryMissing: readonly number[], missingTheoryReason?: string): TradeCommand => ({
    type: 'PublishResults',
    at,
    checkpoint: null,
    unsignedCompetitors: [],
    theoryMissing,
    ...(missingTheoryReason === undefined ? {} : { missingTheoryReason }),
  });

  it('refuses while present competitors have no theory result, naming them in the refusal', () => {
    spec(tradeDecider)
      .given(ready)
      .when(publish([4, 2]))
      .thenThrows('conflict', {
        message: 'Theory results are missing for competitors 2, 4',
        field: 'missingTheoryReason',
        code: 'results.theory_missing',
        params: { tradeId: TRADE, competitorNumbers: [2, 4] },
      });
    spec(tradeDecider)
      .given(ready)
      .when(publish([3], '   '))
      .thenThrows('conflict', { code: 'results.theory_missing', params: { competitorNumbers: [3] } });
  });

  it('publishes with the override: who had no theory result and why is recorded with the results', () => {
    const reason = 'Theory exam sheets of hall B lost in the fire alarm; the jury decided to publish on the practical';
    const [event] = spec(tradeDecider)
      .given(ready)
      .when(publish([2, 4], ` ${reason} `))
      .then([
        {
          type: 'ResultsPublished',
          data: { tradeId: TRADE, publishedAt: at, checkpoint: null, missingTheory: { competitorNumbers: [2, 4], reason } },
        },
      ]);
    expect(tradeStateOf([...ready, event!]).published).toEqual({
      publishedAt: at,
      checkpoint: null,
      missingTheory: { competitorNumbers: [2, 4], reason },
    });
  });

  it('publishes as before when every theory result is in, and for a trade weighing theory 0', () => {
    spec(tradeDecider)
      .given(ready)
      .when(publish([]))
      .then([{ type: 'ResultsPublished', data: { tradeId: TRADE, publishedAt: at, checkpoint: null } }]);
    const practicalOnly: TradeDefinition = { ...cncTrade, weights: { theory: 0, practical: 100 } };
    spec(tradeDecider)
      .given(readyTradeEvents(practicalOnly, 3))
      .when(publish([1, 2]))
      .then([{ type: 'ResultsPublished', data: { tradeId: TRADE, publishedAt: at, checkpoint: null } }]);
  });
});
