import { spec } from '../testing/decider-specification.js';
import {
  evolveUser,
  initialUserState,
  normaliseUsername,
  type SessionGrant,
  userDecider,
  type UserEvent,
  userIdFor,
  USERNAME_PATTERN,
  type UserCommand,
  type UserProfile,
} from './user.js';

const profile = (overrides: Partial<UserProfile> = {}): UserProfile => ({
  userId: 'u-organiser',
  username: 'organiser',
  displayName: '竞赛办',
  role: 'organiser',
  ...overrides,
});
const register = (overrides: Partial<UserProfile> = {}): UserCommand => ({
  type: 'RegisterUser',
  profile: profile(overrides),
  passwordHash: '$argon2id$hash',
});
const registered = (overrides: Partial<UserProfile> = {}): UserEvent => ({
  type: 'UserRegistered',
  data: { ...profile(overrides), passwordHash: '$argon2id$hash' },
});

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
      spec(userDecider)
        .given([])
        .when(register(judge))
        .then([{ type: 'UserRegistered', data: { ...profile(judge), passwordHash: '$argon2id$hash' } }]);
    }
  });

  it('refuses a taken username', () => {
    spec(userDecider)
      .given([registered()])
      .when(register())
      .thenThrows('conflict', { message: 'The username organiser is taken', field: 'username' });
  });

  it.each(['ab', 'Organiser', '-organiser', '_x1', 'org aniser', 'org.aniser', '王建国', 'a'.repeat(65), ''])(
    'refuses the username %j',
    (username) => {
      spec(userDecider).given([]).when(register({ username })).thenThrows('invalid', { message: '3–64 lowercase', field: 'username' });
    },
  );

  it.each(['abc', 'a'.repeat(64), 'judge-01', 'judge_01', '0ab'])('accepts the username %j', (username) => {
    expect(userDecider.decide(register({ username }), initialUserState, undefined)).toHaveLength(1);
  });

  it('refuses a city reviewer without a city', () => {
    spec(userDecider)
      .given([])
      .when(register({ role: 'city_reviewer' }))
      .thenThrows('invalid', { message: 'needs a city', field: 'city' });
  });

  it.each(['judge', 'chief_judge'] as const)('refuses a %s without trades', (role) => {
    spec(userDecider).given([]).when(register({ role })).thenThrows('invalid', { message: 'at least one trade', field: 'tradeIds' });
    spec(userDecider)
      .given([])
      .when(register({ role, tradeIds: [] }))
      .thenThrows('invalid', { field: 'tradeIds' });
  });

  it('needs no city or trade for the other roles', () => {
    for (const role of ['organiser', 'arbitration', 'contestant'] as const) {
      expect(userDecider.decide(register({ role }), initialUserState, undefined)).toEqual([registered({ role })]);
    }
  });

  it('keeps the profile but not the password hash in the state', () => {
    expect(evolveUser(initialUserState, registered())).toEqual({ ...initialUserState, profile: profile() });
  });

  it('normalises usernames and derives the user id from them', () => {
    expect(normaliseUsername('  Judge-01 ')).toBe('judge-01');
    expect(userIdFor(' Judge-01')).toBe('u-judge-01');
    expect(USERNAME_PATTERN.test(normaliseUsername(' Judge-01 '))).toBe(true);
  });
});

describe('sessions in the user stream', () => {
  const grant = (n: number, extra: Partial<SessionGrant> = {}): SessionGrant => ({
    sessionId: `s-${n}`,
    refreshTokenHash: `h${n}-0`,
    expiresAt: '2026-05-01T20:00:00.000Z',
    ...extra,
  });
  const started = (n: number, extra: Partial<SessionGrant> = {}): UserEvent => ({
    type: 'SessionStarted',
    data: { userId: 'u-organiser', ...grant(n, extra) },
  });
  const refreshed = (n: number, generation: number): UserEvent => ({
    type: 'SessionRefreshed',
    data: { userId: 'u-organiser', sessionId: `s-${n}`, refreshTokenHash: `h${n}-${generation}`, expiresAt: '2026-05-01T21:00:00.000Z' },
  });
  const refresh = (n: number, presented: number, next: number, at = '2026-05-01T08:00:00.000Z'): UserCommand => ({
    type: 'RefreshSession',
    sessionId: `s-${n}`,
    presentedHash: `h${n}-${presented}`,
    next: { refreshTokenHash: `h${n}-${next}`, expiresAt: '2026-05-01T21:00:00.000Z' },
    at,
  });

  it('starts a session for a registered user only', () => {
    spec(userDecider)
      .given([registered()])
      .when({ type: 'StartSession', grant: grant(1) })
      .then([started(1)]);
    spec(userDecider)
      .given([])
      .when({ type: 'StartSession', grant: grant(1) })
      .thenThrows('not_found', { field: 'userId' });
  });

  it('rotates the refresh token: the presented one is exchanged for the next, once', () => {
    spec(userDecider)
      .given([registered(), started(1)])
      .when(refresh(1, 0, 1))
      .then([refreshed(1, 1)]);
    spec(userDecider)
      .given([registered(), started(1), refreshed(1, 1)])
      .when(refresh(1, 1, 2))
      .then([refreshed(1, 2)]);
  });

  it('closes the session when a refresh token already exchanged comes back (it was copied)', () => {
    spec(userDecider)
      .given([registered(), started(1), refreshed(1, 1), refreshed(1, 2)])
      .when(refresh(1, 0, 3))
      .then([{ type: 'SessionEnded', data: { userId: 'u-organiser', sessionId: 's-1', reason: 'refresh_token_reused' } }]);
  });

  it('refuses an unknown token, an expired one and one of an ended session', () => {
    spec(userDecider)
      .given([registered(), started(1)])
      .when(refresh(1, 7, 1))
      .thenThrows('forbidden', { message: 'not valid', field: 'refreshToken' });
    spec(userDecider)
      .given([registered(), started(1)])
      .when(refresh(1, 0, 1, '2026-05-01T20:00:00.000Z'))
      .thenThrows('forbidden', { message: 'expired' });
    const ended: UserEvent = { type: 'SessionEnded', data: { userId: 'u-organiser', sessionId: 's-1', reason: 'signed_out' } };
    spec(userDecider)
      .given([registered(), started(1), ended])
      .when(refresh(1, 0, 1))
      .thenThrows('forbidden', { message: 'ended' });
  });

  it('signs out once: a second sign-out of the same session writes nothing', () => {
    const ended: UserEvent = { type: 'SessionEnded', data: { userId: 'u-organiser', sessionId: 's-1', reason: 'signed_out' } };
    spec(userDecider)
      .given([registered(), started(1)])
      .when({ type: 'EndSession', sessionId: 's-1', reason: 'signed_out' })
      .then([ended]);
    spec(userDecider)
      .given([registered(), started(1), ended])
      .when({ type: 'EndSession', sessionId: 's-1', reason: 'signed_out' })
      .then([]);
  });
});

describe('devices paired to judges', () => {
  const judge = { userId: 'u-judge-1', username: 'judge-1', role: 'judge' as const, tradeIds: ['t1'] };
  const sessionGrant = { sessionId: 's-tablet', refreshTokenHash: 'h', expiresAt: '2026-05-01T20:00:00.000Z' };
  const pair: UserCommand = { type: 'PairDevice', deviceId: 'd-1', label: ' Tablet 3, hall B ', grant: sessionGrant };
  const paired: UserEvent = { type: 'DevicePaired', data: { userId: 'u-judge-1', deviceId: 'd-1', label: 'Tablet 3, hall B' } };
  const deviceSession: UserEvent = { type: 'SessionStarted', data: { userId: 'u-judge-1', ...sessionGrant, deviceId: 'd-1' } };
  const desktopSession: UserEvent = {
    type: 'SessionStarted',
    data: { userId: 'u-judge-1', sessionId: 's-desk', refreshTokenHash: 'h2', expiresAt: '2026-05-01T20:00:00.000Z' },
  };

  it('pairs a device and starts its session in one decision', () => {
    spec(userDecider)
      .given([registered(judge)])
      .when(pair)
      .then([paired, deviceSession]);
  });

  it('pairs devices to judges and chief judges only, each device once, with a label', () => {
    spec(userDecider).given([registered()]).when(pair).thenThrows('forbidden', 'not to a organiser');
    spec(userDecider)
      .given([registered(judge), paired])
      .when(pair)
      .thenThrows('conflict', { field: 'deviceId' });
    spec(userDecider)
      .given([registered(judge)])
      .when({ ...pair, label: '  ' } as UserCommand)
      .thenThrows('invalid', { field: 'label' });
  });

  it('starts a device-bound session only for a paired device', () => {
    spec(userDecider)
      .given([registered(judge)])
      .when({ type: 'StartSession', grant: { ...sessionGrant, deviceId: 'd-9' } })
      .thenThrows('forbidden', { field: 'deviceId' });
  });

  it("unpairs a device and ends its sessions, not the judge's others", () => {
    spec(userDecider)
      .given([registered(judge), paired, deviceSession, desktopSession])
      .when({ type: 'UnpairDevice', deviceId: 'd-1' })
      .then([
        { type: 'DeviceUnpaired', data: { userId: 'u-judge-1', deviceId: 'd-1' } },
        { type: 'SessionEnded', data: { userId: 'u-judge-1', sessionId: 's-tablet', reason: 'device_unpaired' } },
      ]);
    spec(userDecider)
      .given([registered(judge)])
      .when({ type: 'UnpairDevice', deviceId: 'd-1' })
      .thenThrows('not_found', { field: 'deviceId' });
  });
});
