import type { CityId } from '../catalogue/catalogue.types.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';

/**
 * A user's stream: an account with one role, scoped to a city or trades where the role needs it,
 * and its sessions and paired devices. Sessions live here, in the event log, so that every api node
 * sees a sign-out or a revoked device (through its read model), not only the node that took it.
 */

export const ROLES = ['organiser', 'city_reviewer', 'chief_judge', 'judge', 'arbitration', 'contestant'] as const;
export type Role = (typeof ROLES)[number];

export interface UserProfile {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  /** City reviewers: the city they review. Judges: their city, for conflicts of interest. */
  city?: CityId;
  /** Judges and chief judges: the trades they serve. */
  tradeIds?: string[];
  /** Judges: their employer, for conflicts of interest. */
  employer?: { name: string; creditCode: string };
}

/** What a session is granted: the refresh token's hash (never the token) and until when it works. */
export interface SessionGrant {
  sessionId: string;
  /** SHA-256 (hex) of the refresh token. */
  refreshTokenHash: string;
  /** The refresh token stops working at this instant, ISO 8601. */
  expiresAt: string;
  /** A device-bound session: the paired device (a judge's tablet) it was issued to. */
  deviceId?: string;
}

/** A judge's ID number and phone, when the organiser has them: personal data, encrypted per person and masked on screens. */
export interface PersonalContact {
  idNumber?: string;
  phone?: string;
}

/** How long an activation code works after it is issued. */
export const ACTIVATION_CODE_DAYS = 14;

export type SessionEndReason = 'signed_out' | 'refresh_token_reused' | 'device_unpaired';

export type UserEvent =
  /** `passwordHash` '' = no password yet: the account is activated with a one-time code (imported judges). */
  | { type: 'UserRegistered'; data: UserProfile & { passwordHash: string; personal?: PersonalContact } }
  /** A one-time activation code (its SHA-256, never the code) for an account without a password; it replaces any earlier one. */
  | { type: 'ActivationCodeIssued'; data: { userId: string; codeHash: string; expiresAt: string } }
  /** The holder of the code chose the account's password; the code is spent. */
  | { type: 'AccountActivated'; data: { userId: string; passwordHash: string } }
  | { type: 'SessionStarted'; data: { userId: string } & SessionGrant }
  | { type: 'SessionRefreshed'; data: { userId: string; sessionId: string; refreshTokenHash: string; expiresAt: string } }
  | { type: 'SessionEnded'; data: { userId: string; sessionId: string; reason: SessionEndReason } }
  | { type: 'DevicePaired'; data: { userId: string; deviceId: string; label: string } }
  | { type: 'DeviceUnpaired'; data: { userId: string; deviceId: string } };

export type UserCommand =
  | { type: 'RegisterUser'; profile: UserProfile; passwordHash: string; personal?: PersonalContact }
  | { type: 'IssueActivationCode'; codeHash: string; expiresAt: string }
  | { type: 'ActivateAccount'; codeHash: string; passwordHash: string; at: string }
  | { type: 'StartSession'; grant: SessionGrant }
  /** Rotation: the presented refresh token is exchanged for the next one, once. */
  | { type: 'RefreshSession'; sessionId: string; presentedHash: string; next: { refreshTokenHash: string; expiresAt: string }; at: string }
  | { type: 'EndSession'; sessionId: string; reason: SessionEndReason }
  /** Pairs a device to a judge and starts the device's own session. */
  | { type: 'PairDevice'; deviceId: string; label: string; grant: Omit<SessionGrant, 'deviceId'> }
  | { type: 'UnpairDevice'; deviceId: string };

export interface SessionState {
  refreshTokenHash: string;
  expiresAt: string;
  deviceId?: string;
  /** Refresh tokens already exchanged: presenting one again means it was stolen (or replayed). */
  retiredHashes: readonly string[];
}

export interface UserState {
  profile?: UserProfile;
  /** Open sessions by id; an ended session is dropped. */
  sessions: ReadonlyMap<string, SessionState>;
  /** Paired devices by id. */
  devices: ReadonlyMap<string, { label: string }>;
  /** No password yet: the account is waiting for its activation. */
  awaitingActivation?: boolean;
  /** The activation code that works now (its hash), until it expires or is used. */
  activation?: { codeHash: string; expiresAt: string };
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_-]{2,63}$/;

/** Usernames are case-insensitive; an account's id is derived from it, so a name is taken once. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();
export const userIdFor = (username: string) => `u-${normaliseUsername(username)}`;

/** The roles that mark at a venue, on a tablet paired to them. */
export const canPairDevices = (role: Role) => role === 'judge' || role === 'chief_judge';

export const initialUserState: UserState = { sessions: new Map(), devices: new Map() };

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserRegistered': {
      const { passwordHash, personal: _personal, ...profile } = event.data;
      return passwordHash === '' ? { ...state, profile, awaitingActivation: true } : { ...state, profile };
    }
    case 'ActivationCodeIssued':
      return { ...state, activation: { codeHash: event.data.codeHash, expiresAt: event.data.expiresAt } };
    case 'AccountActivated':
      return { ...state, awaitingActivation: false, activation: undefined };
    case 'SessionStarted': {
      const { sessionId, refreshTokenHash, expiresAt, deviceId } = event.data;
      const sessions = new Map(state.sessions);
      sessions.set(sessionId, { refreshTokenHash, expiresAt, ...(deviceId ? { deviceId } : {}), retiredHashes: [] });
      return { ...state, sessions };
    }
    case 'SessionRefreshed': {
      const session = state.sessions.get(event.data.sessionId);
      if (!session) return state;
      const sessions = new Map(state.sessions);
      sessions.set(event.data.sessionId, {
        ...session,
        refreshTokenHash: event.data.refreshTokenHash,
        expiresAt: event.data.expiresAt,
        retiredHashes: [...session.retiredHashes, session.refreshTokenHash],
      });
      return { ...state, sessions };
    }
    case 'SessionEnded': {
      const sessions = new Map(state.sessions);
      sessions.delete(event.data.sessionId);
      return { ...state, sessions };
    }
    case 'DevicePaired': {
      const devices = new Map(state.devices);
      devices.set(event.data.deviceId, { label: event.data.label });
      return { ...state, devices };
    }
    case 'DeviceUnpaired': {
      const devices = new Map(state.devices);
      devices.delete(event.data.deviceId);
      return { ...state, devices };
    }
    default:
      return assertNever(event);
  }
}

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  if (command.type === 'RegisterUser') return register(command, state);

  const { userId, role } = requireProfile(state);
  switch (command.type) {
    case 'StartSession': {
      const { deviceId } = command.grant;
      if (deviceId !== undefined && !state.devices.has(deviceId))
        throw forbidden(`Device ${deviceId} is not paired to ${userId}`, 'deviceId', { code: 'devices.not_paired' });
      return [{ type: 'SessionStarted', data: { userId, ...command.grant } }];
    }
    case 'RefreshSession': {
      const { sessionId, presentedHash, next, at } = command;
      const session = state.sessions.get(sessionId);
      if (!session) throw forbidden('The session has ended; log in again', 'refreshToken', { code: 'auth.session_ended' });
      if (session.retiredHashes.includes(presentedHash)) {
        // A refresh token works once: a second use means two holders, so the session is closed for both.
        return [{ type: 'SessionEnded', data: { userId, sessionId, reason: 'refresh_token_reused' } }];
      }
      if (presentedHash !== session.refreshTokenHash)
        throw forbidden('The refresh token is not valid', 'refreshToken', { code: 'auth.session_ended' });
      if (at >= session.expiresAt)
        throw forbidden('The refresh token has expired; log in again', 'refreshToken', { code: 'auth.session_ended' });
      return [
        { type: 'SessionRefreshed', data: { userId, sessionId, refreshTokenHash: next.refreshTokenHash, expiresAt: next.expiresAt } },
      ];
    }
    case 'EndSession':
      return state.sessions.has(command.sessionId)
        ? [{ type: 'SessionEnded', data: { userId, sessionId: command.sessionId, reason: command.reason } }]
        : [];
    case 'PairDevice': {
      if (!canPairDevices(role))
        throw forbidden(`Devices are paired to judges and chief judges, not to a ${role}`, undefined, {
          code: 'devices.judges_only',
          params: { role },
        });
      const label = command.label.trim();
      if (label.length === 0) throw invalid('A device needs a label (e.g. "tablet 3, hall B")', 'label', { code: 'devices.label_needed' });
      if (state.devices.has(command.deviceId))
        throw conflict(`Device ${command.deviceId} is already paired`, 'deviceId', { code: 'devices.already_paired' });
      return [
        { type: 'DevicePaired', data: { userId, deviceId: command.deviceId, label } },
        { type: 'SessionStarted', data: { userId, ...command.grant, deviceId: command.deviceId } },
      ];
    }
    case 'IssueActivationCode': {
      if (!state.awaitingActivation) {
        throw conflict(`The account ${userId} is already activated`, 'userId', {
          code: 'judges.already_active',
          params: { username: state.profile!.username },
        });
      }
      return [{ type: 'ActivationCodeIssued', data: { userId, codeHash: command.codeHash, expiresAt: command.expiresAt } }];
    }
    case 'ActivateAccount': {
      if (!state.awaitingActivation) {
        throw conflict(`The account ${userId} is already activated`, 'code', {
          code: 'judges.already_active',
          params: { username: state.profile!.username },
        });
      }
      if (!state.activation || state.activation.codeHash !== command.codeHash) {
        throw forbidden('The activation code is not valid', 'code', { code: 'judges.activation_invalid' });
      }
      if (command.at >= state.activation.expiresAt) {
        throw forbidden(`The activation code expired at ${state.activation.expiresAt}`, 'code', {
          code: 'judges.activation_expired',
          params: { expiredAt: state.activation.expiresAt },
        });
      }
      if (command.passwordHash === '') throw invalid('A password is needed', 'password', { code: 'accounts.password_needed' });
      return [{ type: 'AccountActivated', data: { userId, passwordHash: command.passwordHash } }];
    }
    case 'UnpairDevice': {
      const { deviceId } = command;
      if (!state.devices.has(deviceId))
        throw notFound(`No device ${deviceId} is paired to ${userId}`, 'deviceId', { code: 'devices.not_paired' });
      const endedSessions = [...state.sessions].filter(([, session]) => session.deviceId === deviceId);
      return [
        { type: 'DeviceUnpaired', data: { userId, deviceId } },
        ...endedSessions.map(
          ([sessionId]): UserEvent => ({ type: 'SessionEnded', data: { userId, sessionId, reason: 'device_unpaired' } }),
        ),
      ];
    }
    default:
      return assertNever(command);
  }
}

function register(command: Extract<UserCommand, { type: 'RegisterUser' }>, state: UserState): UserEvent[] {
  const { profile } = command;
  if (state.profile)
    throw conflict(`The username ${profile.username} is taken`, 'username', {
      code: 'accounts.username_taken',
      params: { username: profile.username },
    });
  if (!USERNAME_PATTERN.test(profile.username)) {
    throw invalid('A username is 3–64 lowercase letters, digits, - or _', 'username', { code: 'accounts.username_pattern' });
  }
  if (profile.role === 'city_reviewer' && !profile.city)
    throw invalid('A city reviewer needs a city', 'city', { code: 'accounts.reviewer_city' });
  if ((profile.role === 'judge' || profile.role === 'chief_judge') && !profile.tradeIds?.length) {
    throw invalid('A judge needs at least one trade', 'tradeIds', { code: 'accounts.judge_trades' });
  }
  const personal = command.personal && (command.personal.idNumber || command.personal.phone) ? { personal: command.personal } : {};
  return [{ type: 'UserRegistered', data: { ...profile, passwordHash: command.passwordHash, ...personal } }];
}

function requireProfile(state: UserState): UserProfile {
  if (!state.profile) throw notFound('Unknown user', 'userId', { code: 'accounts.unknown' });
  return state.profile;
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: initialUserState,
  evolve: evolveUser,
  decide: decideUser,
};
