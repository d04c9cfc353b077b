import type { CityId } from '../catalogue/catalogue.types.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, invalid } from '../shared/domain-error.js';

/** A user's stream: an account with one role, scoped to a city or trades where the role needs it. */

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

export type UserEvent = { type: 'UserRegistered'; data: UserProfile & { passwordHash: string } };
export type UserCommand = { type: 'RegisterUser'; profile: UserProfile; passwordHash: string };
export interface UserState {
  profile?: UserProfile;
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_-]{2,63}$/;

/** Usernames are case-insensitive; an account's id is derived from it, so a name is taken once. */
export const normaliseUsername = (username: string) => username.trim().toLowerCase();
export const userIdFor = (username: string) => `u-${normaliseUsername(username)}`;

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserRegistered': {
      const { passwordHash: _hash, ...profile } = event.data;
      return { profile };
    }
    default:
      return assertNever(event.type);
  }
}

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'RegisterUser': {
      const { profile } = command;
      if (state.profile) throw conflict(`The username ${profile.username} is taken`, 'username');
      if (!USERNAME_PATTERN.test(profile.username)) {
        throw invalid('A username is 3–64 lowercase letters, digits, - or _', 'username');
      }
      if (profile.role === 'city_reviewer' && !profile.city) throw invalid('A city reviewer needs a city', 'city');
      if ((profile.role === 'judge' || profile.role === 'chief_judge') && !profile.tradeIds?.length) {
        throw invalid('A judge needs at least one trade', 'tradeIds');
      }
      return [{ type: 'UserRegistered', data: { ...profile, passwordHash: command.passwordHash } }];
    }
    default:
      return assertNever(command.type);
  }
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: {},
  evolve: evolveUser,
  decide: decideUser,
};
