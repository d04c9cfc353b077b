import { spec } from '../testing/decider-specification.js';
import { chiefJudge, cncTrade, judgeAssigned, lotsDrawn, organiserActor, tradeDefined } from '../testing/fixtures.js';
import type { TradeDefinition } from './catalogue.types.js';
import { changedAspectIds, tradeDecider } from './trade.js';

const chief = chiefJudge(cncTrade.id);
const chiefActor = { userId: chief.judgeId, role: 'chief_judge' } as const;

/** cnc with 5 marks moved from m-length to m-thread. */
const moved: TradeDefinition = {
  ...cncTrade,
  scheme: {
    subCriteria: cncTrade.scheme.subCriteria.map((sub) => ({
      ...sub,
      aspects: sub.aspects.map((a) => (a.id === 'm-length' ? { ...a, maxMark: 10.5 } : a.id === 'm-thread' ? { ...a, maxMark: 15 } : a)),
    })),
  },
};

describe('trade revisions', () => {
  it('before the draw the organiser changes a scheme at once, as version 2', () => {
    spec(tradeDecider)
      .given([tradeDefined(cncTrade)])
      .when({ type: 'ReviseTrade', trade: moved, reason: '', by: organiserActor, markedAspectIds: [] })
      .then([{ type: 'TradeRevised', data: { tradeId: cncTrade.id, trade: moved, version: 2, reason: '' } }]);
  });

  it('the same definition again changes nothing', () => {
    spec(tradeDecider)
      .given([tradeDefined(cncTrade)])
      .when({ type: 'ReviseTrade', trade: cncTrade, reason: 'again', by: organiserActor, markedAspectIds: [] })
      .then([]);
  });

  it('refuses a scheme that no longer sums to 100, and a change by anyone but the organiser', () => {
    const broken = { ...moved, scheme: { subCriteria: moved.scheme.subCriteria.slice(1) } };
    spec(tradeDecider)
      .given([tradeDefined(cncTrade)])
      .when({ type: 'ReviseTrade', trade: broken, reason: '', by: organiserActor, markedAspectIds: [] })
      .thenThrows('invalid', { field: 'scheme' });
    spec(tradeDecider)
      .given([tradeDefined(cncTrade), judgeAssigned(cncTrade.id, chief)])
      .when({ type: 'ReviseTrade', trade: moved, reason: '', by: chiefActor, markedAspectIds: [] })
      .thenThrows('forbidden', { code: 'catalogue.revision_by_organiser' });
  });

  it('after the draw a change needs a reason, then waits for the chief judge, who applies it', () => {
    const drawn = [tradeDefined(cncTrade), judgeAssigned(cncTrade.id, chief), lotsDrawn(cncTrade.id, 4)];
    spec(tradeDecider)
      .given(drawn)
      .when({ type: 'ReviseTrade', trade: moved, reason: ' ', by: organiserActor, markedAspectIds: [] })
      .thenThrows('invalid', { code: 'catalogue.change_needs_reason', field: 'reason' });
    const [proposed] = spec(tradeDecider)
      .given(drawn)
      .when({ type: 'ReviseTrade', trade: moved, reason: 'thread gauge worth more', by: organiserActor, markedAspectIds: [] })
      .then([
        {
          type: 'TradeRevisionProposed',
          data: { tradeId: cncTrade.id, trade: moved, version: 2, reason: 'thread gauge worth more', proposedBy: organiserActor.userId },
        },
      ]);
    spec(tradeDecider)
      .given([...drawn, proposed!])
      .when({ type: 'ApproveTradeRevision', version: 2, by: organiserActor, markedAspectIds: [] })
      .thenThrows('forbidden', { code: 'catalogue.revision_needs_chief_judge' });
    spec(tradeDecider)
      .given([...drawn, proposed!])
      .when({ type: 'ApproveTradeRevision', version: 2, by: chiefActor, markedAspectIds: ['j-finish'] })
      .then([
        { type: 'TradeRevisionApproved', data: { tradeId: cncTrade.id, version: 2, approvedBy: chief.judgeId } },
        { type: 'TradeRevised', data: { tradeId: cncTrade.id, trade: moved, version: 2, reason: 'thread gauge worth more' } },
      ]);
  });

  it('never changes an aspect that has a mark, also when the mark came while the change waited', () => {
    expect(changedAspectIds(cncTrade, moved)).toEqual(['m-length', 'm-thread']);
    spec(tradeDecider)
      .given([tradeDefined(cncTrade)])
      .when({ type: 'ReviseTrade', trade: moved, reason: 'x', by: organiserActor, markedAspectIds: ['m-thread'] })
      .thenThrows('conflict', { code: 'catalogue.aspect_marked', params: { aspectIds: ['m-thread'] } });
    const drawn = [tradeDefined(cncTrade), judgeAssigned(cncTrade.id, chief), lotsDrawn(cncTrade.id, 4)];
    const proposed = tradeDecider.decide(
      { type: 'ReviseTrade', trade: moved, reason: 'x', by: organiserActor, markedAspectIds: [] },
      drawn.reduce(tradeDecider.evolve, tradeDecider.initialState),
      undefined,
    );
    spec(tradeDecider)
      .given([...drawn, ...proposed])
      .when({ type: 'ApproveTradeRevision', version: 2, by: chiefActor, markedAspectIds: ['m-length'] })
      .thenThrows('conflict', { code: 'catalogue.aspect_marked' });
  });

  it('refuses a judgement aspect without its four descriptors', () => {
    const vague = {
      ...cncTrade,
      scheme: {
        subCriteria: cncTrade.scheme.subCriteria.map((sub) => ({
          ...sub,
          aspects: sub.aspects.map((a) => (a.type === 'judgement' ? { ...a, descriptors: ['a', 'b', '', 'd'] as const } : a)),
        })),
      },
    };
    spec(tradeDecider)
      .given([])
      .when({ type: 'DefineTrade', contestId: 'c', trade: vague })
      .thenThrows('invalid', { code: 'catalogue.descriptors_missing' });
  });
});
