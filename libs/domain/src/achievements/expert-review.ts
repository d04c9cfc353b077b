import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';
import { exactText, parseExact, ratio, roundHalfUp, sum, type Exact } from '../scoring/exact.js';
import { assignExperts, inConflict, type ExpertProfile, type SubmissionProfile } from './expert-assignment.js';

/**
 * The expert review (综合评审) of a review trade's eligible achievements (issue 18, item 3), one stream
 * per trade: its settings, the assignment of experts (assignExperts) and the organiser's replacements
 * with a reason, the experts' scores per criterion with a comment, the spread flag, the discussion and
 * the re-score. Scores are whole numbers 0–100 per criterion; an expert's weighted score is
 * Σ weight·score ÷ Σ weight, exactly; the review score is the mean of the current experts' latest
 * weighted scores, exactly. Blind: an expert sees the others' scores only once they have scored in the
 * current round (`reviewScoresFor`).
 */

export interface ReviewCriterion {
  /** Stable id (`leading`), the name shown (领先性) and a positive whole weight. */
  id: string;
  name: string;
  weight: number;
}

export interface ExpertReviewSettings {
  expertsPerSubmission: number;
  maxPerExpert: number;
  criteria: ReviewCriterion[];
  /** Weighted scores further apart than this (max − min, points of 100) flag the submission for a discussion. */
  spreadThreshold: number;
  /** Experts do not see the applicants' names and employers. */
  blind: boolean;
  /** An expert of the submission's city is in conflict too. */
  sameCityConflict: boolean;
}

export const REVIEW_SCORE_MAX = 100;
export const MAX_CRITERIA = 10;

/** The criteria: 领先性, 独创性, 示范性, 效益性. */
export const DEFAULT_REVIEW_SETTINGS: ExpertReviewSettings = {
  expertsPerSubmission: 3,
  maxPerExpert: 10,
  criteria: [
    { id: 'leading', name: '领先性', weight: 30 },
    { id: 'originality', name: '独创性', weight: 30 },
    { id: 'exemplary', name: '示范性', weight: 20 },
    { id: 'benefit', name: '效益性', weight: 20 },
  ],
  spreadThreshold: 15,
  blind: true,
  sameCityConflict: true,
};

export interface CriterionScore {
  criterionId: string;
  score: number;
}

interface TradeRef {
  tradeId: string;
}

export type ExpertReviewEvent =
  | { type: 'ExpertReviewSettingsSet'; data: TradeRef & { settings: ExpertReviewSettings } }
  | {
      type: 'ExpertsAssigned';
      data: TradeRef & {
        settings: ExpertReviewSettings;
        assignments: Array<{ achievementId: string; expertIds: string[] }>;
        shortfall: Array<{ achievementId: string; missing: number }>;
      };
    }
  | {
      type: 'ExpertAssignmentAdjusted';
      data: TradeRef & { achievementId: string; fromExpertId: string | null; toExpertId: string; reason: string };
    }
  | {
      type: 'AchievementScoredByExpert';
      data: TradeRef & {
        achievementId: string;
        expertId: string;
        round: number;
        scores: CriterionScore[];
        comment: string;
        /** Σ weight·score ÷ Σ weight, exact (`"161/2"`), and rounded to two places. */
        weighted: string;
        weightedFigure: number;
      };
    }
  | {
      type: 'AchievementReviewFlagged';
      data: TradeRef & { achievementId: string; round: number; spread: string; spreadFigure: number; threshold: number };
    }
  | {
      type: 'AchievementReviewSettled';
      data: TradeRef & { achievementId: string; round: number; reviewScore: string; reviewFigure: number };
    }
  | {
      type: 'AchievementReviewDiscussed';
      data: TradeRef & { achievementId: string; round: number; discussion: string; rescoreRound: number };
    };

export type ExpertReviewCommand =
  | { type: 'SetExpertReviewSettings'; tradeId: string; settings: ExpertReviewSettings }
  | { type: 'AssignExperts'; tradeId: string; submissions: SubmissionProfile[]; experts: ExpertProfile[] }
  | {
      type: 'AdjustExpertAssignment';
      tradeId: string;
      submission: SubmissionProfile;
      /** The expert taken off (none: a slot left short by the assignment is filled). */
      fromExpertId?: string;
      to: ExpertProfile;
      reason: string;
    }
  | {
      type: 'ScoreAchievement';
      tradeId: string;
      submission: SubmissionProfile;
      expert: ExpertProfile;
      scores: CriterionScore[];
      comment: string;
    }
  | { type: 'RecordReviewDiscussion'; tradeId: string; achievementId: string; discussion: string };

export interface ExpertScore {
  round: number;
  scores: CriterionScore[];
  comment: string;
  weighted: string;
}

export interface SubmissionReview {
  expertIds: string[];
  round: number;
  /** Each expert's scores, every round, in order. */
  scores: Record<string, ExpertScore[]>;
  status: 'in_review' | 'flagged' | 'settled';
  discussions: Array<{ round: number; discussion: string }>;
}

export interface ExpertReviewState {
  settings?: ExpertReviewSettings;
  assigned: boolean;
  submissions: Record<string, SubmissionReview>;
}

export const initialExpertReviewState: ExpertReviewState = { assigned: false, submissions: {} };

export const effectiveSettings = (state: ExpertReviewState): ExpertReviewSettings => state.settings ?? DEFAULT_REVIEW_SETTINGS;

export function evolveExpertReview(state: ExpertReviewState, event: ExpertReviewEvent): ExpertReviewState {
  const withSubmission = (achievementId: string, change: (review: SubmissionReview) => SubmissionReview): ExpertReviewState => {
    const review = state.submissions[achievementId];
    return review ? { ...state, submissions: { ...state.submissions, [achievementId]: change(review) } } : state;
  };
  switch (event.type) {
    case 'ExpertReviewSettingsSet':
      return { ...state, settings: event.data.settings };
    case 'ExpertsAssigned': {
      const submissions = { ...state.submissions };
      for (const { achievementId, expertIds } of event.data.assignments)
        submissions[achievementId] = { expertIds, round: 1, scores: {}, status: 'in_review', discussions: [] };
      return { ...state, settings: event.data.settings, assigned: true, submissions };
    }
    case 'ExpertAssignmentAdjusted': {
      const { achievementId, fromExpertId, toExpertId } = event.data;
      return withSubmission(achievementId, (review) => ({
        ...review,
        expertIds: [...review.expertIds.filter((id) => id !== fromExpertId), toExpertId].sort(),
        // A new expert has a round to score: a settled review opens again.
        status: review.status === 'settled' ? 'in_review' : review.status,
      }));
    }
    case 'AchievementScoredByExpert': {
      const { achievementId, expertId, round, scores, comment, weighted } = event.data;
      return withSubmission(achievementId, (review) => ({
        ...review,
        scores: { ...review.scores, [expertId]: [...(review.scores[expertId] ?? []), { round, scores, comment, weighted }] },
      }));
    }
    case 'AchievementReviewFlagged':
      return withSubmission(event.data.achievementId, (review) => ({ ...review, status: 'flagged' }));
    case 'AchievementReviewSettled':
      return withSubmission(event.data.achievementId, (review) => ({ ...review, status: 'settled' }));
    case 'AchievementReviewDiscussed': {
      const { round, discussion, rescoreRound } = event.data;
      return withSubmission(event.data.achievementId, (review) => ({
        ...review,
        round: rescoreRound,
        status: 'in_review',
        discussions: [...review.discussions, { round, discussion }],
      }));
    }
    default:
      return assertNever(event);
  }
}

export function decideExpertReview(command: ExpertReviewCommand, state: ExpertReviewState): ExpertReviewEvent[] {
  const { tradeId } = command;
  switch (command.type) {
    case 'SetExpertReviewSettings': {
      if (state.assigned)
        throw conflict('The experts are assigned: the review settings no longer change', 'settings', { code: 'review.settings_locked' });
      return [{ type: 'ExpertReviewSettingsSet', data: { tradeId, settings: validSettings(command.settings) } }];
    }
    case 'AssignExperts': {
      // A later run assigns only the achievements found eligible since, counting what each expert already reviews.
      const submissions = command.submissions.filter((s) => !state.submissions[s.achievementId]);
      if (submissions.length === 0) {
        if (state.assigned)
          throw conflict('Every eligible achievement of this trade has its experts', undefined, { code: 'review.already_assigned' });
        throw conflict('No eligible achievement to assign', undefined, { code: 'review.nothing_to_assign' });
      }
      const settings = effectiveSettings(state);
      const existingLoad = new Map<string, number>();
      for (const review of Object.values(state.submissions))
        for (const id of review.expertIds) existingLoad.set(id, (existingLoad.get(id) ?? 0) + 1);
      const result = assignExperts(submissions, command.experts, settings, tradeId, existingLoad);
      const assignments = [...result.experts].map(([achievementId, expertIds]) => ({ achievementId, expertIds: [...expertIds] }));
      return [{ type: 'ExpertsAssigned', data: { tradeId, settings, assignments, shortfall: [...result.shortfall] } }];
    }
    case 'AdjustExpertAssignment': {
      const settings = effectiveSettings(state);
      const { achievementId } = command.submission;
      const review = requireAssigned(state, achievementId);
      const reason = command.reason.trim();
      if (reason === '') throw invalid('An adjustment needs a reason', 'reason', { code: 'achievements.reason_needed' });
      const from = command.fromExpertId;
      if (from !== undefined) {
        if (!review.expertIds.includes(from))
          throw notFound(`${from} does not review this achievement`, 'fromExpertId', {
            code: 'review.not_assigned',
            params: { expertId: from },
          });
        if (review.scores[from]?.length)
          throw conflict(`${from} has already scored this achievement`, 'fromExpertId', {
            code: 'review.expert_scored',
            params: { expertId: from },
          });
      } else if (review.expertIds.length >= settings.expertsPerSubmission)
        throw conflict('The achievement has all its experts: name the one to replace', 'fromExpertId', {
          code: 'review.no_free_slot',
          params: { expertsPerSubmission: settings.expertsPerSubmission },
        });
      const to = command.to.expertId;
      if (review.expertIds.includes(to))
        throw conflict(`${to} already reviews this achievement`, 'toExpertId', { code: 'review.already_on', params: { expertId: to } });
      if (inConflict(command.to, command.submission, settings.sameCityConflict))
        throw conflict(`${to} has a conflict of interest with this achievement`, 'toExpertId', {
          code: 'review.conflict',
          params: { expertId: to },
        });
      const load = Object.values(state.submissions).filter((s) => s.expertIds.includes(to)).length;
      if (load >= settings.maxPerExpert)
        throw conflict(`${to} already reviews ${load} achievements`, 'toExpertId', {
          code: 'review.expert_full',
          params: { expertId: to, maxPerExpert: settings.maxPerExpert },
        });
      return [{ type: 'ExpertAssignmentAdjusted', data: { tradeId, achievementId, fromExpertId: from ?? null, toExpertId: to, reason } }];
    }
    case 'ScoreAchievement': {
      const settings = effectiveSettings(state);
      const { achievementId } = command.submission;
      const expertId = command.expert.expertId;
      const review = state.submissions[achievementId];
      if (!review?.expertIds.includes(expertId))
        throw forbidden('You are not assigned to review this achievement', undefined, {
          code: 'review.not_assigned',
          params: { expertId },
        });
      if (inConflict(command.expert, command.submission, settings.sameCityConflict))
        throw forbidden('You have a conflict of interest with this achievement', undefined, {
          code: 'review.conflict',
          params: { expertId },
        });
      if (review.status !== 'in_review' || hasScored(review, expertId))
        throw conflict(`You have scored round ${review.round} of this achievement`, undefined, {
          code: 'review.already_scored',
          params: { round: review.round },
        });
      const scores = validScores(settings, command.scores);
      const comment = command.comment.trim();
      if (comment === '') throw invalid('A review needs a written comment', 'comment', { code: 'review.comment_needed' });
      const weighted = weightedScore(settings, scores);
      const scored: ExpertReviewEvent = {
        type: 'AchievementScoredByExpert',
        data: {
          tradeId,
          achievementId,
          expertId,
          round: review.round,
          scores,
          comment,
          weighted: exactText(weighted),
          weightedFigure: roundHalfUp(weighted),
        },
      };
      const after = evolveExpertReview(state, scored).submissions[achievementId]!;
      // The round closes when all N experts have scored (a submission left short waits for the organiser to fill its slot).
      if (after.expertIds.length < settings.expertsPerSubmission || !after.expertIds.every((id) => hasScored(after, id))) return [scored];
      const latest = after.expertIds.map((id) => parseExact(latestScore(after, id)!.weighted));
      const spread = latest.reduce((a, b) => (a.compare(b) > 0 ? a : b)).sub(latest.reduce((a, b) => (a.compare(b) < 0 ? a : b)));
      if (spread.compare(settings.spreadThreshold) > 0)
        return [
          scored,
          {
            type: 'AchievementReviewFlagged',
            data: {
              tradeId,
              achievementId,
              round: review.round,
              spread: exactText(spread),
              spreadFigure: roundHalfUp(spread),
              threshold: settings.spreadThreshold,
            },
          },
        ];
      const mean = reviewScore(after)!;
      return [
        scored,
        {
          type: 'AchievementReviewSettled',
          data: { tradeId, achievementId, round: review.round, reviewScore: exactText(mean), reviewFigure: roundHalfUp(mean) },
        },
      ];
    }
    case 'RecordReviewDiscussion': {
      const review = requireAssigned(state, command.achievementId);
      if (review.status !== 'flagged')
        throw conflict('Only a flagged achievement is discussed and re-scored', 'status', {
          code: 'review.not_flagged',
          params: { status: review.status },
        });
      const discussion = command.discussion.trim();
      if (discussion === '') throw invalid('Record what the discussion said', 'discussion', { code: 'review.discussion_needed' });
      return [
        {
          type: 'AchievementReviewDiscussed',
          data: { tradeId, achievementId: command.achievementId, round: review.round, discussion, rescoreRound: review.round + 1 },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

export const expertReviewDecider: Decider<ExpertReviewCommand, ExpertReviewEvent, ExpertReviewState> = {
  initialState: initialExpertReviewState,
  evolve: evolveExpertReview,
  decide: decideExpertReview,
};

const hasScored = (review: SubmissionReview, expertId: string) => (review.scores[expertId] ?? []).some((s) => s.round === review.round);

export const latestScore = (review: SubmissionReview, expertId: string): ExpertScore | undefined => review.scores[expertId]?.at(-1);

/** The mean of the current experts' latest weighted scores, exactly; undefined until every one of them has scored. */
export function reviewScore(review: SubmissionReview): Exact | undefined {
  const latest = review.expertIds.map((id) => latestScore(review, id));
  if (latest.length === 0 || latest.some((s) => s === undefined)) return undefined;
  return sum(latest.map((s) => parseExact(s!.weighted))).div(latest.length);
}

/** Σ weight·score ÷ Σ weight, exactly. */
export function weightedScore(settings: ExpertReviewSettings, scores: readonly CriterionScore[]): Exact {
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  const total = settings.criteria.reduce((acc, c) => acc + c.weight, 0);
  return sum(settings.criteria.map((c) => ratio(c.weight * (byId.get(c.id) ?? 0), 1))).div(total);
}

/**
 * What a reader may see of an achievement's scores: the organiser everything; an assigned expert
 * their own, and the others' only once they have scored in the current round (blind review).
 */
export function reviewScoresFor(
  state: ExpertReviewState,
  achievementId: string,
  viewer: { organiser: true } | { expertId: string },
): Record<string, ExpertScore[]> {
  const review = state.submissions[achievementId];
  if (!review) throw notFound('The achievement has no experts assigned', 'achievementId', { code: 'review.not_assigned_submission' });
  if ('organiser' in viewer) return review.scores;
  const { expertId } = viewer;
  if (!review.expertIds.includes(expertId) && !review.scores[expertId])
    throw forbidden('You are not assigned to review this achievement', undefined, { code: 'review.not_assigned', params: { expertId } });
  if (!hasScored(review, expertId))
    throw conflict("Score the achievement before reading the other experts' scores", undefined, {
      code: 'review.score_first',
      params: { round: review.round },
    });
  return review.scores;
}

function requireAssigned(state: ExpertReviewState, achievementId: string): SubmissionReview {
  const review = state.submissions[achievementId];
  if (!review) throw notFound('The achievement has no experts assigned', 'achievementId', { code: 'review.not_assigned_submission' });
  return review;
}

function validScores(settings: ExpertReviewSettings, scores: readonly CriterionScore[]): CriterionScore[] {
  const known = new Set(settings.criteria.map((c) => c.id));
  for (const s of scores)
    if (!known.has(s.criterionId))
      throw invalid(`Unknown criterion ${s.criterionId}`, 'scores', {
        code: 'review.unknown_criterion',
        params: { criterionId: s.criterionId },
      });
  return settings.criteria.map((c) => {
    const given = scores.filter((s) => s.criterionId === c.id);
    const score = given[0]?.score;
    if (given.length !== 1 || score === undefined || !Number.isInteger(score) || score < 0 || score > REVIEW_SCORE_MAX)
      throw invalid(`${c.name} needs one whole score from 0 to ${REVIEW_SCORE_MAX}`, 'scores', {
        code: 'review.score_range',
        params: { criterionId: c.id, max: REVIEW_SCORE_MAX },
      });
    return { criterionId: c.id, score };
  });
}

export function validSettings(settings: ExpertReviewSettings): ExpertReviewSettings {
  const whole = (n: number) => Number.isInteger(n) && n >= 1;
  if (!whole(settings.expertsPerSubmission) || !whole(settings.maxPerExpert))
    throw invalid('Experts per submission and submissions per expert are whole numbers of at least 1', 'settings', {
      code: 'assignment.policy',
      params: { expertsPerSubmission: settings.expertsPerSubmission, maxPerExpert: settings.maxPerExpert },
    });
  if (!Number.isFinite(settings.spreadThreshold) || settings.spreadThreshold < 0 || settings.spreadThreshold > REVIEW_SCORE_MAX)
    throw invalid(`The spread threshold is 0 to ${REVIEW_SCORE_MAX} points`, 'spreadThreshold', { code: 'review.spread_threshold' });
  const criteria = settings.criteria.map((c) => ({ id: c.id.trim(), name: c.name.trim(), weight: c.weight }));
  if (
    criteria.length < 1 ||
    criteria.length > MAX_CRITERIA ||
    new Set(criteria.map((c) => c.id)).size !== criteria.length ||
    criteria.some((c) => c.id === '' || c.name === '' || !whole(c.weight))
  )
    throw invalid(`1 to ${MAX_CRITERIA} criteria, each with its own id, a name and a whole weight of at least 1`, 'criteria', {
      code: 'review.criteria',
      params: { max: MAX_CRITERIA },
    });
  return {
    expertsPerSubmission: settings.expertsPerSubmission,
    maxPerExpert: settings.maxPerExpert,
    criteria,
    spreadThreshold: settings.spreadThreshold,
    blind: settings.blind,
    sameCityConflict: settings.sameCityConflict,
  };
}
