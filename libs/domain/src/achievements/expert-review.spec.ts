import { spec } from '../testing/decider-specification.js';
import { fold } from '../shared/decider.js';
import type { ExpertProfile, SubmissionProfile } from './expert-assignment.js';
import {
  DEFAULT_REVIEW_SETTINGS,
  expertReviewDecider,
  reviewScore,
  reviewScoresFor,
  type CriterionScore,
  type ExpertReviewCommand,
  type ExpertReviewEvent,
  type ExpertReviewSettings,
} from './expert-review.js';

const T = 'innovation-mechanical';
const settings: ExpertReviewSettings = { ...DEFAULT_REVIEW_SETTINGS, expertsPerSubmission: 2, maxPerExpert: 2, spreadThreshold: 10 };
const sub = (achievementId: string, employer = '沈阳机床集团', city = 'shenyang'): SubmissionProfile => ({
  achievementId,
  employers: [employer],
  universities: [],
  city,
});
const expert = (expertId: string, employer: string, city = 'dalian'): ExpertProfile => ({ expertId, employer, university: employer, city });
const e1 = expert('e1', '大连理工大学');
const e2 = expert('e2', '鞍钢集团', 'anshan');
const e3 = expert('e3', '沈阳机床集团', 'dalian');
const e4 = expert('e4', '抚顺石化', 'shenyang');
const settingsSet: ExpertReviewEvent = { type: 'ExpertReviewSettingsSet', data: { tradeId: T, settings } };
const assigned: ExpertReviewEvent = {
  type: 'ExpertsAssigned',
  data: { tradeId: T, settings, assignments: [{ achievementId: 'a1', expertIds: ['e1', 'e2'] }], shortfall: [] },
};
const marks = (leading: number, originality: number, exemplary: number, benefit: number): CriterionScore[] => [
  { criterionId: 'leading', score: leading },
  { criterionId: 'originality', score: originality },
  { criterionId: 'exemplary', score: exemplary },
  { criterionId: 'benefit', score: benefit },
];
const score = (by: ExpertProfile, scores = marks(80, 80, 80, 80)) =>
  ({ type: 'ScoreAchievement', tradeId: T, submission: sub('a1'), expert: by, scores, comment: '技术先进，效益明显' }) as const;
const scoredEvent = (
  expertId: string,
  round: number,
  scores: CriterionScore[],
  weighted: string,
  weightedFigure: number,
): ExpertReviewEvent => ({
  type: 'AchievementScoredByExpert',
  data: { tradeId: T, achievementId: 'a1', expertId, round, scores, comment: '技术先进，效益明显', weighted, weightedFigure },
});

describe('expert review settings', () => {
  it('defaults to the issue criteria 领先性/独创性/示范性/效益性 and checks what the organiser sets', () => {
    expect(DEFAULT_REVIEW_SETTINGS.criteria.map((c) => c.name)).toEqual(['领先性', '独创性', '示范性', '效益性']);
    spec(expertReviewDecider).given([]).when({ type: 'SetExpertReviewSettings', tradeId: T, settings }).then([settingsSet]);
    spec(expertReviewDecider)
      .given([])
      .when({ type: 'SetExpertReviewSettings', tradeId: T, settings: { ...settings, criteria: [{ id: 'x', name: '领先性', weight: 0 }] } })
      .thenThrows('invalid', { code: 'review.criteria' });
    spec(expertReviewDecider)
      .given([])
      .when({ type: 'SetExpertReviewSettings', tradeId: T, settings: { ...settings, expertsPerSubmission: 0 } })
      .thenThrows('invalid', { code: 'assignment.policy' });
    spec(expertReviewDecider)
      .given([assigned])
      .when({ type: 'SetExpertReviewSettings', tradeId: T, settings })
      .thenThrows('conflict', { code: 'review.settings_locked' });
  });
});

describe('assigning experts', () => {
  it('records the assignment of assignExperts with the settings, and any shortfall; once', () => {
    const [event] = spec(expertReviewDecider)
      .given([settingsSet])
      .when({ type: 'AssignExperts', tradeId: T, submissions: [sub('a1'), sub('a2', '鞍钢集团', 'anshan')], experts: [e1, e2, e3, e4] })
      .then([expect.objectContaining({ type: 'ExpertsAssigned' }) as unknown as ExpertReviewEvent]);
    if (event?.type !== 'ExpertsAssigned') throw new Error('no assignment');
    const a1 = event.data.assignments.find((a) => a.achievementId === 'a1')!.expertIds;
    // e3 shares a1's employer, e4 its city; e2 is a2's employer.
    expect(a1).toEqual(['e1', 'e2']);
    expect(event.data.assignments.find((a) => a.achievementId === 'a2')!.expertIds).not.toContain('e2');
    expect(event.data.shortfall).toEqual([]);
    const short = expertReviewDecider.decide(
      { type: 'AssignExperts', tradeId: T, submissions: [sub('a1')], experts: [e1, e3] },
      fold(expertReviewDecider.evolve, expertReviewDecider.initialState, [settingsSet]),
      undefined,
    );
    expect(short[0]).toMatchObject({ data: { shortfall: [{ achievementId: 'a1', missing: 1 }] } });
    spec(expertReviewDecider)
      .given([assigned])
      .when({ type: 'AssignExperts', tradeId: T, submissions: [sub('a1')], experts: [e1] })
      .thenThrows('conflict', { code: 'review.already_assigned' });
    spec(expertReviewDecider)
      .given([])
      .when({ type: 'AssignExperts', tradeId: T, submissions: [], experts: [e1] })
      .thenThrows('conflict', { code: 'review.nothing_to_assign' });
  });

  it('a later run assigns only the achievements found eligible since, counting what each expert already reviews', () => {
    const e5 = expert('e5', '本钢集团', 'benxi');
    const later: ExpertReviewCommand = {
      type: 'AssignExperts',
      tradeId: T,
      submissions: [sub('a1'), sub('a2', '鞍钢集团', 'anshan')],
      experts: [e1, e2, e5],
    };
    const [event] = expertReviewDecider.decide(
      later,
      fold(expertReviewDecider.evolve, expertReviewDecider.initialState, [assigned]),
      undefined,
    );
    // e2 is a2's employer; e1 already reviews a1 and M = 2 leaves room for one more.
    expect(event).toMatchObject({ data: { assignments: [{ achievementId: 'a2', expertIds: ['e1', 'e5'] }], shortfall: [] } });
    const tight: ExpertReviewEvent = {
      ...assigned,
      data: { ...assigned.data, settings: { ...settings, maxPerExpert: 1 } },
    } as ExpertReviewEvent;
    const [short] = expertReviewDecider.decide(
      later,
      fold(expertReviewDecider.evolve, expertReviewDecider.initialState, [tight]),
      undefined,
    );
    expect(short).toMatchObject({
      data: { assignments: [{ achievementId: 'a2', expertIds: ['e5'] }], shortfall: [{ achievementId: 'a2', missing: 1 }] },
    });
  });

  it('replaces an expert with a reason; refused for a conflict, a full expert, an expert who scored, no reason', () => {
    const adjust = (to: ExpertProfile, reason = '专家出差') =>
      ({ type: 'AdjustExpertAssignment', tradeId: T, submission: sub('a1'), fromExpertId: 'e2', to, reason }) as const;
    const e5 = expert('e5', '本钢集团', 'benxi');
    spec(expertReviewDecider)
      .given([assigned])
      .when(adjust(e5))
      .then([
        {
          type: 'ExpertAssignmentAdjusted',
          data: { tradeId: T, achievementId: 'a1', fromExpertId: 'e2', toExpertId: 'e5', reason: '专家出差' },
        },
      ]);
    spec(expertReviewDecider).given([assigned]).when(adjust(e3)).thenThrows('conflict', { code: 'review.conflict' });
    spec(expertReviewDecider).given([assigned]).when(adjust(e4)).thenThrows('conflict', { code: 'review.conflict' });
    spec(expertReviewDecider).given([assigned]).when(adjust(e5, '  ')).thenThrows('invalid', { code: 'achievements.reason_needed' });
    spec(expertReviewDecider).given([assigned]).when(adjust(e1)).thenThrows('conflict', { code: 'review.already_on' });
    const busy: ExpertReviewEvent = {
      type: 'ExpertsAssigned',
      data: {
        tradeId: T,
        settings,
        assignments: [
          { achievementId: 'a1', expertIds: ['e1', 'e2'] },
          { achievementId: 'a2', expertIds: ['e1', 'e5'] },
          { achievementId: 'a3', expertIds: ['e5', 'e1'] },
        ],
        shortfall: [],
      },
    };
    spec(expertReviewDecider)
      .given([busy])
      .when(adjust(e5))
      .thenThrows('conflict', { code: 'review.expert_full', params: { maxPerExpert: 2 } });
    spec(expertReviewDecider)
      .given([assigned, scoredEvent('e2', 1, marks(80, 80, 80, 80), '80/1', 80)])
      .when(adjust(e5))
      .thenThrows('conflict', { code: 'review.expert_scored' });
    spec(expertReviewDecider)
      .given([assigned])
      .when({ type: 'AdjustExpertAssignment', tradeId: T, submission: sub('a1'), to: e5, reason: '补足' })
      .thenThrows('conflict', { code: 'review.no_free_slot' });
  });
});

describe('blind review, spread flag and re-score', () => {
  it('weights the criteria exactly, and refuses an unassigned or conflicted expert and bad scores', () => {
    spec(expertReviewDecider)
      .given([assigned])
      .when(score(e1, marks(90, 85, 70, 61)))
      // (30·90 + 30·85 + 20·70 + 20·61) / 100 = 78.7
      .then([scoredEvent('e1', 1, marks(90, 85, 70, 61), '787/10', 78.7)]);
    spec(expertReviewDecider)
      .given([assigned])
      .when(score(expert('e9', '本钢集团')))
      .thenThrows('forbidden', { code: 'review.not_assigned' });
    const conflicted: ExpertReviewEvent = {
      type: 'ExpertsAssigned',
      data: { tradeId: T, settings, assignments: [{ achievementId: 'a1', expertIds: ['e1', 'e3'] }], shortfall: [] },
    };
    spec(expertReviewDecider).given([conflicted]).when(score(e3)).thenThrows('forbidden', { code: 'review.conflict' });
    spec(expertReviewDecider)
      .given([assigned])
      .when(score(e1, marks(101, 80, 80, 80)))
      .thenThrows('invalid', { code: 'review.score_range' });
    spec(expertReviewDecider)
      .given([assigned])
      .when(score(e1, marks(80, 80, 80, 80).slice(1)))
      .thenThrows('invalid', { code: 'review.score_range' });
    spec(expertReviewDecider)
      .given([assigned])
      .when({ ...score(e1), comment: ' ' })
      .thenThrows('invalid', { code: 'review.comment_needed' });
    spec(expertReviewDecider)
      .given([assigned, scoredEvent('e1', 1, marks(80, 80, 80, 80), '80/1', 80)])
      .when(score(e1))
      .thenThrows('conflict', { code: 'review.already_scored' });
  });

  it("shows an expert the other experts' scores only after their own", () => {
    const state = fold(expertReviewDecider.evolve, expertReviewDecider.initialState, [
      assigned,
      scoredEvent('e1', 1, marks(80, 80, 80, 80), '80/1', 80),
    ]);
    expect(() => reviewScoresFor(state, 'a1', { expertId: 'e2' })).toThrow(expect.objectContaining({ code: 'review.score_first' }));
    expect(() => reviewScoresFor(state, 'a1', { expertId: 'e9' })).toThrow(expect.objectContaining({ code: 'review.not_assigned' }));
    expect(Object.keys(reviewScoresFor(state, 'a1', { expertId: 'e1' }))).toEqual(['e1']);
    expect(Object.keys(reviewScoresFor(state, 'a1', { organiser: true }))).toEqual(['e1']);
  });

  it('waits for all N experts: a submission left short settles only once its slot is filled and scored', () => {
    const short: ExpertReviewEvent = {
      type: 'ExpertsAssigned',
      data: {
        tradeId: T,
        settings,
        assignments: [{ achievementId: 'a1', expertIds: ['e1'] }],
        shortfall: [{ achievementId: 'a1', missing: 1 }],
      },
    };
    const first = scoredEvent('e1', 1, marks(80, 80, 80, 80), '80/1', 80);
    spec(expertReviewDecider).given([short]).when(score(e1)).then([first]);
    const filled: ExpertReviewEvent = {
      type: 'ExpertAssignmentAdjusted',
      data: { tradeId: T, achievementId: 'a1', fromExpertId: null, toExpertId: 'e2', reason: '补足' },
    };
    spec(expertReviewDecider)
      .given([short, first, filled])
      .when(score(e2, marks(84, 84, 84, 84)))
      .then([
        scoredEvent('e2', 1, marks(84, 84, 84, 84), '84/1', 84),
        { type: 'AchievementReviewSettled', data: { tradeId: T, achievementId: 'a1', round: 1, reviewScore: '82/1', reviewFigure: 82 } },
      ]);
  });

  it('settles when the scores are within the threshold, with the exact mean', () => {
    spec(expertReviewDecider)
      .given([assigned, scoredEvent('e1', 1, marks(80, 80, 80, 80), '80/1', 80)])
      .when(score(e2, marks(90, 90, 85, 85)))
      .then([
        scoredEvent('e2', 1, marks(90, 90, 85, 85), '88/1', 88),
        { type: 'AchievementReviewSettled', data: { tradeId: T, achievementId: 'a1', round: 1, reviewScore: '84/1', reviewFigure: 84 } },
      ]);
  });

  it('flags a spread beyond the threshold; the discussion opens a re-score round; the review score is the mean of the latest', () => {
    const first = scoredEvent('e1', 1, marks(90, 90, 90, 90), '90/1', 90);
    const [, flag] = spec(expertReviewDecider)
      .given([assigned, first])
      .when(score(e2, marks(70, 70, 70, 70)))
      .then([
        scoredEvent('e2', 1, marks(70, 70, 70, 70), '70/1', 70),
        {
          type: 'AchievementReviewFlagged',
          data: { tradeId: T, achievementId: 'a1', round: 1, spread: '20/1', spreadFigure: 20, threshold: 10 },
        },
      ]);
    const flagged = [assigned, first, scoredEvent('e2', 1, marks(70, 70, 70, 70), '70/1', 70), flag!];
    spec(expertReviewDecider).given(flagged).when(score(e1)).thenThrows('conflict', { code: 'review.already_scored' });
    spec(expertReviewDecider)
      .given([assigned])
      .when({ type: 'RecordReviewDiscussion', tradeId: T, achievementId: 'a1', discussion: '讨论' })
      .thenThrows('conflict', { code: 'review.not_flagged' });
    const [discussed] = spec(expertReviewDecider)
      .given(flagged)
      .when({ type: 'RecordReviewDiscussion', tradeId: T, achievementId: 'a1', discussion: '效益证明不足，请重新评分' })
      .then([
        {
          type: 'AchievementReviewDiscussed',
          data: { tradeId: T, achievementId: 'a1', round: 1, discussion: '效益证明不足，请重新评分', rescoreRound: 2 },
        },
      ]);
    const rescoring = [...flagged, discussed!];
    // Round 2: e2 has not re-scored, so the others' scores are closed to them again.
    const state = fold(expertReviewDecider.evolve, expertReviewDecider.initialState, rescoring);
    expect(() => reviewScoresFor(state, 'a1', { expertId: 'e2' })).toThrow(expect.objectContaining({ code: 'review.score_first' }));
    const rescore1 = scoredEvent('e1', 2, marks(85, 84, 84, 84), '843/10', 84.3);
    spec(expertReviewDecider)
      .given(rescoring)
      .when(score(e1, marks(85, 84, 84, 84)))
      .then([rescore1]);
    const [, settled] = spec(expertReviewDecider)
      .given([...rescoring, rescore1])
      .when(score(e2, marks(80, 80, 80, 80)))
      .then([
        scoredEvent('e2', 2, marks(80, 80, 80, 80), '80/1', 80),
        // (84.3 + 80) / 2 = 82.15
        {
          type: 'AchievementReviewSettled',
          data: { tradeId: T, achievementId: 'a1', round: 2, reviewScore: '1643/20', reviewFigure: 82.15 },
        },
      ]);
    const done = fold(expertReviewDecider.evolve, expertReviewDecider.initialState, [
      ...rescoring,
      rescore1,
      scoredEvent('e2', 2, marks(80, 80, 80, 80), '80/1', 80),
      settled!,
    ]);
    expect(done.submissions.a1).toMatchObject({ status: 'settled', round: 2, discussions: [{ round: 1 }] });
    expect(reviewScore(done.submissions.a1!)!.toFraction()).toBe('1643/20');
  });
});
