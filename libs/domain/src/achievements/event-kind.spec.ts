import type { ContestEventDefinition } from '../catalogue/catalogue.types.js';
import { DomainError } from '../shared/domain-error.js';
import { assertAchievementTrade, assertPracticalTrade } from './event-kind.js';

const event = (kind?: 'practical' | 'achievement'): ContestEventDefinition => ({
  id: 'e80-innovation',
  name: '职工技术创新成果大赛',
  nameEn: "Workers' Technical Innovation Awards",
  category: 'workers-innovation',
  organisingUnit: '辽宁省总工会',
  venue: '沈阳',
  date: '2026-10-01',
  ...(kind ? { kind } : {}),
});

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? { kind: error.kind, code: error.code, params: error.params } : error;
  }
  return undefined;
};

describe("an event's kind", () => {
  it('refuses a practical action on a trade of an achievement event with a code, and lets a practical or unknown event through', () => {
    expect(refusal(() => assertPracticalTrade('t1', event('achievement'), 'draw'))).toEqual({
      kind: 'conflict',
      code: 'achievements.practical_only',
      params: { tradeId: 't1', eventId: 'e80-innovation', action: 'draw' },
    });
    expect(refusal(() => assertPracticalTrade('t1', event('practical'), 'draw'))).toBeUndefined();
    expect(refusal(() => assertPracticalTrade('t1', event(), 'check-in'))).toBeUndefined();
    expect(refusal(() => assertPracticalTrade('t1', undefined, 'check-in'))).toBeUndefined();
  });

  it('takes achievements in the trades of achievement events only', () => {
    expect(refusal(() => assertAchievementTrade('t1', event('achievement')))).toBeUndefined();
    expect(refusal(() => assertAchievementTrade('t1', event()))).toMatchObject({ code: 'achievements.not_review' });
    expect(refusal(() => assertAchievementTrade('t1', undefined))).toMatchObject({ code: 'achievements.not_review' });
  });
});
