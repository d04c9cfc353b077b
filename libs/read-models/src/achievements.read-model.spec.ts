import { describe, expect, it } from '@jest/globals';
import type { StoredEvent } from '#event-store';
import { AchievementsReadModel } from './achievements.read-model.js';

let position = 0;
const event = (type: string, data: Record<string, unknown>): StoredEvent =>
  ({
    id: `id-${position}`,
    type,
    data,
    streamId: `achievement-${String(data.achievementId)}`,
    revision: 0,
    position: ++position,
    recordedAt: '2026-09-01T08:00:00.000Z',
    metadata: { actor: { userId: 'u1', role: 'contestant' }, commandId: `c-${position}`, occurredAt: '2026-09-01T08:00:00.000Z' },
  }) as unknown as StoredEvent;

const drafted = (achievementId: string, city: string, applicantUserId: string) =>
  event('AchievementDrafted', {
    achievementId,
    tradeId: 't1',
    contestId: 'c',
    city,
    applicantUserId,
    draft: {
      title: `成果 ${achievementId}`,
      category: 'small_invention',
      summary: 's',
      members: [{ name: '王建国', idNumber: '210102198003121234', phone: '13812340001', employer: '鞍钢' }],
      benefits: [],
    },
  });

describe('the achievements read model', () => {
  it('lists submitted achievements by trade and city, without ID numbers or phones; drafts only to their applicant', () => {
    const model = new AchievementsReadModel();
    model.apply(drafted('a1', 'shenyang', 'u1'));
    model.apply(drafted('a2', 'dalian', 'u2'));
    model.apply(
      event('AchievementSubmitted', { achievementId: 'a1', tradeId: 't1', city: 'shenyang', submittedAt: '2026-09-01T08:00:00.000Z' }),
    );
    model.apply(event('AchievementNotRecommendedByCity', { achievementId: 'a1', tradeId: 't1', city: 'shenyang', reason: '缺少证明' }));
    model.apply(event('TradeDefined', { contestId: 'c', trade: { id: 't1' } }));

    expect(model.list().map((a) => [a.achievementId, a.status, a.reason])).toEqual([['a1', 'not_recommended', '缺少证明']]);
    expect(model.list({ city: 'dalian' })).toEqual([]);
    expect(model.mine('u2').map((a) => [a.achievementId, a.status])).toEqual([['a2', 'draft']]);
    expect(JSON.stringify(model.list())).not.toMatch(/210102198003121234|13812340001/);
    expect(model.list()[0]?.team).toEqual([{ name: '王建国', employer: '鞍钢' }]);
  });
});
