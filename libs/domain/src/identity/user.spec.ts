import { spec } from '../testing/decider-specification.js';
import { evolveUser, normaliseUsername, userDecider, userIdFor, USERNAME_PATTERN, type UserCommand, type UserProfile } from './user.js';

const profile = (overrides: Partial<UserProfile> = {}): UserProfile => ({
  userId: 'u-organiser',
  username: 'organiser',
  displayName: '竞赛办',
  role: 'organiser',
  ...overrides,
});
const register = (overrides: Partial<UserProfile> = {}): UserCommand => ({ type: 'RegisterUser', profile: profile(overrides), passwordHash: '$argon2id$hash' });

describe('user decider', () => {
  it('registers a user, the event carrying the password hash', () => {
    spec(userDecider)
      .given([])
      .when(register())
      .then([
        {
          type: 'UserRegistered',
          data: { userId: 'u-organiser', username: 'organiser', displayName: '竞赛办', role: 'organiser', passwordHash: '$argon2id$hash' },
        },
      ]);
  });

  it('registers a city reviewer with a city and judges with trades', () => {
    spec(userDecider)
      .given([])
      .when(register({ role: 'city_reviewer', city: 'dalian' }))
      .then([{ type: 'UserRegistered', data: { ...profile({ role: 'city_reviewer', city: 'dalian' }), passwordHash: '$argon2id$hash' } }]);
    for (const role of ['judge', 'chief_judge'] as const) {
      const judge = { role, tradeIds: ['trade-cnc'], city: 'anshan' as const, employer: { name: 'E', creditCode: 'C' } };
      spec(userDecider).given([]).when(register(judge)).then([{ type: 'UserRegistered', data: { ...profile(judge), passwordHash: '$argon2id$hash' } }]);
    }
  });

  it('refuses a taken username', () => {
    const [registered] = userDecider.decide(register(), userDecider.initialState, undefined);
    spec(userDecider).given([registered]).when(register()).thenThrows('conflict', { message: 'The username organiser is taken', field: 'username' });
  });

  it.each(['ab', 'Organiser', '-organiser', '_x1', 'org aniser', 'org.aniser', '王建国', 'a'.repeat(65), ''])('refuses the username %j', (username) => {
    spec(userDecider).given([]).when(register({ username })).thenThrows('invalid', { message: '3–64 lowercase', field: 'username' });
  });

  it.each(['abc', 'a'.repeat(64), 'judge-01', 'judge_01', '0ab'])('accepts the username %j', (username) => {
    expect(userDecider.decide(register({ username }), {}, undefined)).toHaveLength(1);
  });

  it('refuses a city reviewer without a city', () => {
    spec(userDecider).given([]).when(register({ role: 'city_reviewer' })).thenThrows('invalid', { message: 'needs a city', field: 'city' });
  });

  it.each(['judge', 'chief_judge'] as const)('refuses a %s without trades', (role) => {
    spec(userDecider).given([]).when(register({ role })).thenThrows('invalid', { message: 'at least one trade', field: 'tradeIds' });
    spec(userDecider).given([]).when(register({ role, tradeIds: [] })).thenThrows('invalid', { field: 'tradeIds' });
  });

  it('needs no city or trade for the other roles', () => {
    for (const role of ['organiser', 'arbitration', 'contestant'] as const) {
      expect(userDecider.decide(register({ role }), {}, undefined)).toEqual([{ type: 'UserRegistered', data: { ...profile({ role }), passwordHash: '$argon2id$hash' } }]);
    }
  });

  it('keeps the profile but not the password hash in the state', () => {
    const [registered] = userDecider.decide(register(), userDecider.initialState, undefined);
    expect(evolveUser({}, registered)).toEqual({ profile: profile() });
  });

  it('normalises usernames and derives the user id from them', () => {
    expect(normaliseUsername('  Judge-01 ')).toBe('judge-01');
    expect(userIdFor(' Judge-01')).toBe('u-judge-01');
    expect(USERNAME_PATTERN.test(normaliseUsername(' Judge-01 '))).toBe(true);
  });
});
