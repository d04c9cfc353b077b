import { ACHIEVEMENT_CATEGORIES, decideAchievement, initialAchievementState } from '../../domain/src/achievements/achievement.js';
import { generateDemoAchievements } from './demo-achievements.js';
import { generateDemoContest } from './demo-catalogue.js';

describe('generateDemoAchievements', () => {
  const contest = generateDemoContest();
  const achievements = generateDemoAchievements(contest);
  const reviews = new Set(contest.events.filter((e) => e.kind === 'achievement').map((e) => e.id));
  const reviewTrades = contest.trades.filter((t) => reviews.has(t.eventId));

  it('is deterministic, and gives every review trade the same few submissions from different cities, one recommended', () => {
    expect(generateDemoAchievements(contest)).toEqual(achievements);
    expect(reviewTrades.length).toBeGreaterThan(0);
    for (const trade of reviewTrades) {
      const ofTrade = achievements.filter((a) => a.tradeId === trade.id);
      expect(ofTrade).toHaveLength(2);
      expect(new Set(ofTrade.map((a) => a.city)).size).toBe(ofTrade.length);
      expect(ofTrade.filter((a) => a.recommended)).toHaveLength(1);
    }
    expect(achievements.every((a) => reviews.has(contest.trades.find((t) => t.id === a.tradeId)!.eventId))).toBe(true);
    expect(new Set(achievements.map((a) => a.applicant.username)).size).toBe(achievements.length);
  });

  it('gives drafts the decider accepts: a category, a team with employers or universities, benefits', () => {
    for (const a of achievements) {
      expect(ACHIEVEMENT_CATEGORIES).toContain(a.draft.category);
      expect(a.draft.members[0]!.name).toBe(a.applicant.displayName);
      expect(a.draft.members.every((m) => Boolean(m.employer ?? m.university))).toBe(true);
      const events = decideAchievement(
        {
          type: 'DraftAchievement',
          achievementId: 'x',
          contestId: contest.id,
          tradeId: a.tradeId,
          city: a.city,
          by: { userId: a.applicant.id },
          draft: a.draft,
          at: '2026-05-01T00:00:00Z',
        },
        initialAchievementState,
        { submissionClosesAt: undefined },
      );
      expect(events).toHaveLength(1);
    }
    const transfers = achievements.filter((a) => a.draft.category === 'university_transfer');
    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.every((a) => a.draft.members[0]!.university)).toBe(true);
  });
});
