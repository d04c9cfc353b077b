import { spec } from '../testing/decider-specification.js';
import {
  checkInClosed,
  cncTrade,
  competitorCheckedIn,
  judgeAssigned,
  judgeIds,
  lotsDrawn,
  markSubmitted,
  panelJudge,
  panelMarks,
  readyTradeEvents,
  sheetContext,
  sheetOf,
  tradeDefined,
  tradeStateOf,
  weldingTrade,
} from '../testing/fixtures.js';
import { initialTradeState } from '../catalogue/trade.js';
import { scoreSheetDecider, type ScoreSheetCommand } from './score-sheet.js';

const cnc = tradeStateOf(readyTradeEvents(cncTrade, 3));
const welding = tradeStateOf(readyTradeEvents(weldingTrade, 3));
const [J1, J2, J3] = ['trade-cnc-j1', 'trade-cnc-j2', 'trade-cnc-j3'];

const submitMark = (aspectId: string, judgeId: string, mark: number, competitorNumber = 1, tradeId = cncTrade.id): ScoreSheetCommand => ({
  type: 'SubmitMark',
  tradeId,
  competitorNumber,
  aspectId,
  judgeId,
  mark,
});

describe('score sheet decider', () => {
  describe('accepted marks', () => {
    it('records a measurement mark with up to two decimals, 0 and the full mark included', () => {
      for (const mark of [12.25, 0, 15.5, 0.1, 15.49]) {
        spec(scoreSheetDecider, sheetContext(cnc))
          .given([])
          .when(submitMark('m-length', J2, mark))
          .then([
            {
              type: 'MarkSubmitted',
              data: { tradeId: 'trade-cnc', competitorNumber: 1, aspectId: 'm-length', judgeId: J2, mark, round: 1 },
            },
          ]);
      }
    });

    it('records each judge’s level 0–3 on a judgement aspect, blind to one another', () => {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('j-finish', J1, 1))
        .then([markSubmitted(cncTrade, 'j-finish', J1, 1)]);
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([markSubmitted(cncTrade, 'j-finish', J1, 1)])
        .when(submitMark('j-finish', J2, 2))
        .then([markSubmitted(cncTrade, 'j-finish', J2, 2)]);
      spec(scoreSheetDecider, sheetContext(cnc))
        .given(panelMarks(cncTrade, 'j-finish', [1, 2]))
        .when(submitMark('j-finish', J3, 2))
        .then([markSubmitted(cncTrade, 'j-finish', J3, 2)]);
    });

    it('lets the same judge mark other aspects and other competitors', () => {
      const given = [markSubmitted(cncTrade, 'j-finish', J1, 2)];
      spec(scoreSheetDecider, sheetContext(cnc))
        .given(given)
        .when(submitMark('j-tidy', J1, 1))
        .then([markSubmitted(cncTrade, 'j-tidy', J1, 1)]);
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('j-finish', J1, 1, 3))
        .then([markSubmitted(cncTrade, 'j-finish', J1, 1, 3)]);
    });

    it('accepts the fifth judge on a panel of 5', () => {
      spec(scoreSheetDecider, sheetContext(welding))
        .given(panelMarks(weldingTrade, 'j-bead', [3, 2, 2, 3]))
        .when(submitMark('j-bead', 'trade-weld-j5', 2, 1, weldingTrade.id))
        .then([markSubmitted(weldingTrade, 'j-bead', 'trade-weld-j5', 2)]);
    });
  });

  describe('refusals', () => {
    it('refuses a mark in an undefined trade', () => {
      spec(scoreSheetDecider, sheetContext(initialTradeState))
        .given([])
        .when(submitMark('m-length', J1, 1))
        .thenThrows('not_found', { message: 'Unknown trade', field: 'tradeId' });
    });

    it('refuses a competitor before lots are drawn', () => {
      const undrawn = tradeStateOf(readyTradeEvents(cncTrade).filter((e) => e.type !== 'LotsDrawn'));
      spec(scoreSheetDecider, sheetContext(undrawn))
        .given([])
        .when(submitMark('m-length', J1, 1))
        .thenThrows('not_found', { message: 'Competitor 1 is not drawn in trade-cnc', field: 'competitorNumber' });
    });

    it('refuses a competitor number that was not drawn', () => {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('m-length', J1, 1, 4))
        .thenThrows('not_found', { message: 'Competitor 4', field: 'competitorNumber' });
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('m-length', J1, 1, 0))
        .thenThrows('not_found', { field: 'competitorNumber' });
    });

    it('refuses an aspect outside the marking scheme', () => {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('j-bead', J1, 1))
        .thenThrows('not_found', { message: 'Aspect j-bead is not in the marking scheme of trade-cnc', field: 'aspectId' });
    });

    it('refuses someone who is not a judge of the panel: a stranger, the chief judge, a judge of another trade', () => {
      for (const judgeId of ['stranger', 'trade-cnc-chief', 'trade-weld-j1']) {
        spec(scoreSheetDecider, sheetContext(cnc))
          .given([])
          .when(submitMark('m-length', judgeId, 1))
          .thenThrows('forbidden', { message: 'not a judge on the panel of trade-cnc', field: 'judgeId' });
      }
    });

    it('refuses a judge’s second mark for the same aspect: a change needs a correction', () => {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([markSubmitted(cncTrade, 'j-finish', J1, 2)])
        .when(submitMark('j-finish', J1, 3))
        .thenThrows('conflict', {
          message: 'already marked aspect j-finish for competitor 1; a change needs a correction',
          field: 'aspectId',
        });
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([markSubmitted(cncTrade, 'm-length', J1, 10)])
        .when(submitMark('m-length', J1, 10))
        .thenThrows('conflict', { message: 'needs a correction', field: 'aspectId' });
    });

    it('refuses a second mark for a measurement aspect from another judge', () => {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([markSubmitted(cncTrade, 'm-length', J1, 10)])
        .when(submitMark('m-length', J2, 12))
        .thenThrows('conflict', { message: 'Measurement aspect m-length is already marked for competitor 1', field: 'aspectId' });
    });

    it.each([15.51, 16, -0.01, -1, 12.345, 0.001, Number.NaN, Number.POSITIVE_INFINITY])(
      'refuses the measurement mark %p on a max of 15.5',
      (mark) => {
        spec(scoreSheetDecider, sheetContext(cnc))
          .given([])
          .when(submitMark('m-length', J1, mark))
          .thenThrows('invalid', { message: 'A mark for m-length is between 0 and 15.5, with at most two decimals', field: 'mark' });
      },
    );

    it('refuses a judgement mark once all the panel has marked', () => {
      // marks of three judges who are no longer the ones asking: the panel of 3 is complete
      const three = ['former-1', 'former-2', 'former-3'].map((judgeId) => markSubmitted(cncTrade, 'j-finish', judgeId, 2));
      spec(scoreSheetDecider, sheetContext(cnc))
        .given(three)
        .when(submitMark('j-finish', J1, 2))
        .thenThrows('conflict', { message: 'Aspect j-finish already has the marks of all 3 judges', field: 'aspectId' });
    });

    it.each([1.5, 4, -1, 0.5, Number.NaN, 3.0000001])('refuses the judgement level %p', (mark) => {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('j-finish', J1, mark))
        .thenThrows('invalid', { message: 'whole level from 0 to 3', field: 'mark' });
    });

    it('checks in order: trade, competitor, aspect, judge, value, duplicate', () => {
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('nope', 'stranger', 99, 99))
        .thenThrows('not_found', { field: 'competitorNumber' });
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('nope', 'stranger', 99))
        .thenThrows('not_found', { field: 'aspectId' });
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([])
        .when(submitMark('j-finish', 'stranger', 99))
        .thenThrows('forbidden', { field: 'judgeId' });
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([markSubmitted(cncTrade, 'j-finish', J1, 2)])
        .when(submitMark('j-finish', J1, 99))
        .thenThrows('invalid', { field: 'mark' });
      spec(scoreSheetDecider, sheetContext(cnc))
        .given([markSubmitted(cncTrade, 'j-finish', J1, 2)])
        .when(submitMark('j-finish', J1, 3))
        .thenThrows('conflict', { field: 'aspectId' });
    });

    it('sees a judge added to the panel after the draw', () => {
      const withLateJudge = tradeStateOf([
        tradeDefined(cncTrade),
        lotsDrawn(cncTrade.id, 1),
        judgeAssigned(cncTrade.id, panelJudge('late')),
      ]);
      spec(scoreSheetDecider, sheetContext(withLateJudge))
        .given([])
        .when(submitMark('j-finish', 'late', 1))
        .then([markSubmitted(cncTrade, 'j-finish', 'late', 1)]);
    });
  });

  describe('evolve', () => {
    it('keeps the marks per aspect in the order they arrived', () => {
      const sheet = sheetOf([
        markSubmitted(cncTrade, 'j-finish', J2, 3),
        markSubmitted(cncTrade, 'm-length', J1, 12.25),
        markSubmitted(cncTrade, 'j-finish', J1, 1),
      ]);
      expect([...sheet.marks]).toEqual([
        [
          'j-finish',
          [
            { judgeId: J2, mark: 3 },
            { judgeId: J1, mark: 1 },
          ],
        ],
        ['m-length', [{ judgeId: J1, mark: 12.25 }]],
      ]);
    });

    it('does not change the initial state', () => {
      sheetOf([markSubmitted(cncTrade, 'j-finish', J2, 3)]);
      expect(scoreSheetDecider.initialState.marks.size).toBe(0);
    });
  });
});

describe('score sheet decider: absent competitors', () => {
  it('refuses a mark for a competitor absent at the close of check-in, and takes one for a present competitor', () => {
    const [judge] = judgeIds(cncTrade);
    const closed = tradeStateOf([...readyTradeEvents(cncTrade, 2), competitorCheckedIn(cncTrade.id, 1), checkInClosed(cncTrade.id, [2])]);
    spec(scoreSheetDecider, sheetContext(closed))
      .given([])
      .when({ type: 'SubmitMark', tradeId: cncTrade.id, competitorNumber: 2, aspectId: 'j-finish', judgeId: judge, mark: 2 })
      .thenThrows('conflict', { message: 'Competitor 2 is absent', field: 'competitorNumber' });
    spec(scoreSheetDecider, sheetContext(closed))
      .given([])
      .when({ type: 'SubmitMark', tradeId: cncTrade.id, competitorNumber: 1, aspectId: 'j-finish', judgeId: judge, mark: 2 })
      .then([markSubmitted(cncTrade, 'j-finish', judge, 2)]);
  });
});
