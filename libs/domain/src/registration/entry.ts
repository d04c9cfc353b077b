import { isCityId, type CityId, type TradeDefinition } from '../catalogue/catalogue.types.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';
import { isValidCreditCode, isValidMobilePhone, isValidResidentId } from '../shared/identifiers.js';
import { assertEligible, type EligibilityFacts } from './eligibility.js';

/** An entry's stream: one person's entry, or one team's (its captain's), in one trade of a contest. */

export const SKILL_LEVELS = ['none', 'level-5', 'level-4', 'level-3', 'level-2', 'level-1'] as const;
/** none; 初级工 (5) … 高级技师 (1), as in the national vocational qualification levels. */
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface Employer {
  name: string;
  /** Unified social credit code, GB 32100. */
  creditCode: string;
  techBased: boolean;
}

/** A team member besides the captain. ID number and phone are personal data, never public. */
export interface TeamMember {
  name: string;
  idNumber: string;
  phone: string;
}

export interface EntryDetails {
  tradeId: string;
  /** The individual, or the team's captain. */
  name: string;
  /** Resident ID number (GB 11643): personal data, never public. */
  idNumber: string;
  /** Personal data, never public. */
  phone: string;
  employer: Employer;
  city: CityId;
  skillLevel: SkillLevel;
  /** The other members of a team entry; empty for an individual trade. */
  members: TeamMember[];
  /** The contestant's own account, when the person entered themself. */
  contestantUserId?: string;
}

export type EntryStatus = 'submitted' | 'city_approved' | 'city_rejected' | 'confirmed' | 'province_rejected' | 'withdrawn';

export type EntryEvent =
  | { type: 'EntrySubmitted'; data: { entryId: string; contestId: string } & EntryDetails }
  | { type: 'EntryApprovedByCity'; data: { entryId: string; tradeId: string; city: CityId } }
  | { type: 'EntryRejectedByCity'; data: { entryId: string; tradeId: string; city: CityId; reason: string } }
  | { type: 'EntryConfirmed'; data: { entryId: string; tradeId: string } }
  | { type: 'EntryRejectedByProvince'; data: { entryId: string; tradeId: string; reason: string } }
  | { type: 'EntryWithdrawn'; data: { entryId: string; tradeId: string; city: CityId; reason?: string } };

/** Who withdraws: the contestant (their own entry), the city's reviewer, or the organiser. */
export interface Withdrawer {
  role: 'contestant' | 'city_reviewer' | 'organiser';
  userId: string;
  city?: string;
}

export type EntryCommand =
  | { type: 'SubmitEntry'; entryId: string; contestId: string; details: EntryDetails; at: string }
  | { type: 'ApproveEntryByCity'; reviewerCity: CityId }
  | { type: 'RejectEntryByCity'; reviewerCity: CityId; reason: string }
  | { type: 'ConfirmEntry' }
  | { type: 'RejectEntryByProvince'; reason: string }
  | { type: 'WithdrawEntry'; by: Withdrawer; reason?: string; at: string };

export interface EntryState {
  entryId?: string;
  status?: EntryStatus;
  details?: EntryDetails;
}

/** What the entry decider needs to know about the world beyond its own stream. */
export interface EntryContext extends Omit<EligibilityFacts, 'rules'> {
  /** The entry's trade; undefined when the catalogue has no such trade. */
  trade: TradeDefinition | undefined;
  /** Lots have been drawn in the trade: the confirmed list is closed. */
  lotsDrawn: boolean;
  /** ISO instant after which registration is closed; undefined while no deadline is set. */
  registrationClosesAt: string | undefined;
}

/** Statuses in which the entry holds its people (and, once city-approved, a quota slot). */
export const isActive = (status: EntryStatus | undefined) => status === 'submitted' || status === 'city_approved' || status === 'confirmed';

/** Everyone an entry enters: the individual or captain first, then the members. */
export const peopleOf = (details: EntryDetails) => [
  { name: details.name, idNumber: details.idNumber, phone: details.phone },
  ...details.members,
];

export const initialEntryState: EntryState = {};

export function evolveEntry(state: EntryState, event: EntryEvent): EntryState {
  switch (event.type) {
    case 'EntrySubmitted': {
      const { entryId, contestId: _contestId, ...details } = event.data;
      return { entryId, status: 'submitted', details };
    }
    case 'EntryApprovedByCity':
      return { ...state, status: 'city_approved' };
    case 'EntryRejectedByCity':
      return { ...state, status: 'city_rejected' };
    case 'EntryConfirmed':
      return { ...state, status: 'confirmed' };
    case 'EntryRejectedByProvince':
      return { ...state, status: 'province_rejected' };
    case 'EntryWithdrawn':
      return { ...state, status: 'withdrawn' };
    default:
      return assertNever(event);
  }
}

export function decideEntry(command: EntryCommand, state: EntryState, context: EntryContext): EntryEvent[] {
  if (command.type === 'SubmitEntry') {
    if (isActive(state.status)) {
      throw conflict(`This person already has an entry in this contest (trade ${state.details?.tradeId})`, 'idNumber', {
        code: 'entries.already_entered',
        params: { tradeId: state.details?.tradeId ?? null, person: state.details?.name ?? null },
      });
    }
    assertOpen(context, command.at);
    validateDetails(command.details, context);
    return [{ type: 'EntrySubmitted', data: { entryId: command.entryId, contestId: command.contestId, ...command.details } }];
  }

  const { entryId, details } = requireEntry(state);
  switch (command.type) {
    case 'ApproveEntryByCity':
    case 'RejectEntryByCity': {
      if (command.reviewerCity !== details.city)
        throw forbidden(`The entry belongs to ${details.city}, not ${command.reviewerCity}`, undefined, {
          code: 'entries.other_city',
          params: { city: details.city, reviewerCity: command.reviewerCity },
        });
      requireStatus(state, 'submitted', 'a city decision');
      if (command.type === 'ApproveEntryByCity') {
        return [{ type: 'EntryApprovedByCity', data: { entryId, tradeId: details.tradeId, city: details.city } }];
      }
      const reason = requireReason(command.reason);
      return [{ type: 'EntryRejectedByCity', data: { entryId, tradeId: details.tradeId, city: details.city, reason } }];
    }
    case 'ConfirmEntry':
      requireStatus(state, 'city_approved', 'confirmation');
      if (context.lotsDrawn)
        throw conflict(`Lots have already been drawn in ${details.tradeId}`, undefined, {
          code: 'entries.lots_drawn',
          params: { tradeId: details.tradeId },
        });
      return [{ type: 'EntryConfirmed', data: { entryId, tradeId: details.tradeId } }];
    case 'RejectEntryByProvince':
      requireStatus(state, 'city_approved', 'a province decision');
      return [{ type: 'EntryRejectedByProvince', data: { entryId, tradeId: details.tradeId, reason: requireReason(command.reason) } }];
    case 'WithdrawEntry': {
      const { by } = command;
      if (by.role === 'contestant' && by.userId !== details.contestantUserId)
        throw forbidden('Only your own entry can be withdrawn', undefined, { code: 'entries.own_only' });
      if (by.role === 'city_reviewer' && by.city !== details.city)
        throw forbidden(`The entry belongs to ${details.city}, not ${by.city}`, undefined, {
          code: 'entries.other_city',
          params: { city: details.city, reviewerCity: by.city ?? null },
        });
      if (!isActive(state.status))
        throw conflict(`The entry is ${state.status}: there is nothing to withdraw`, 'status', {
          code: 'entries.nothing_to_withdraw',
          params: { status: state.status ?? null },
        });
      if (context.lotsDrawn)
        throw conflict(`Lots have already been drawn in ${details.tradeId}: a withdrawal is too late`, undefined, {
          code: 'entries.lots_drawn',
          params: { tradeId: details.tradeId },
        });
      assertOpen(context, command.at);
      const reason = command.reason?.trim();
      return [{ type: 'EntryWithdrawn', data: { entryId, tradeId: details.tradeId, city: details.city, ...(reason ? { reason } : {}) } }];
    }
    default:
      return assertNever(command);
  }
}

export const entryDecider: Decider<EntryCommand, EntryEvent, EntryState, EntryContext> = {
  initialState: initialEntryState,
  evolve: evolveEntry,
  decide: decideEntry,
};

function assertOpen(context: EntryContext, at: string): void {
  if (context.registrationClosesAt && at > context.registrationClosesAt) {
    throw conflict(`Registration closed at ${context.registrationClosesAt}`, 'deadline', {
      code: 'entries.registration_closed',
      params: { closedAt: context.registrationClosesAt },
    });
  }
}

function validateDetails(details: EntryDetails, context: EntryContext): void {
  const { trade } = context;
  if (!trade || trade.id !== details.tradeId)
    throw notFound(`Unknown trade ${details.tradeId}`, 'tradeId', {
      code: 'catalogue.unknown_trade',
      params: { tradeId: details.tradeId },
    });
  if (context.lotsDrawn)
    throw conflict(`Lots have already been drawn in ${trade.id}: entries are closed`, 'tradeId', {
      code: 'entries.lots_drawn',
      params: { tradeId: trade.id },
    });
  if (details.members.length + 1 !== trade.teamSize) {
    throw invalid(
      trade.teamSize === 1
        ? `${trade.name} is an individual trade: an entry has no team members`
        : `Team size rule: ${trade.name} takes teams of ${trade.teamSize} (a captain and ${trade.teamSize - 1} members)`,
      'members',
      trade.teamSize === 1
        ? { code: 'entries.individual_trade', params: { tradeId: trade.id } }
        : { code: 'entries.team_size', params: { tradeId: trade.id, teamSize: trade.teamSize } },
    );
  }
  if (!isValidCreditCode(details.employer.creditCode)) {
    throw invalid('The unified social credit code is not valid (GB 32100)', 'employer.creditCode', { code: 'entries.credit_code' });
  }
  if (!isCityId(details.city))
    throw invalid(`Unknown city ${details.city}`, 'city', { code: 'catalogue.unknown_city', params: { city: details.city } });

  const people = peopleOf(details);
  people.forEach((person, index) => {
    const field = (name: string) => (index === 0 ? name : `members.${index - 1}.${name}`);
    if (person.name.trim().length === 0) throw invalid('The name is empty', field('name'), { code: 'entries.name_empty' });
    if (!isValidResidentId(person.idNumber)) {
      throw invalid(`The resident ID number of ${person.name} is not valid (18 characters, GB 11643 check digit)`, field('idNumber'), {
        code: 'entries.id_number',
        params: { person: person.name },
      });
    }
    if (!isValidMobilePhone(person.phone))
      throw invalid(`The phone number of ${person.name} is not a valid mobile number`, field('phone'), {
        code: 'entries.phone',
        params: { person: person.name },
      });
    assertEligible(person, { ...context, rules: trade.registration }, field('idNumber'));
  });
  if (new Set(people.map((p) => p.idNumber)).size !== people.length) {
    throw invalid('A team lists the same person twice', 'members', { code: 'entries.same_person_twice' });
  }
}

function requireEntry(state: EntryState): { entryId: string; details: EntryDetails } {
  if (!state.entryId || !state.details) throw notFound('Unknown entry', 'entryId', { code: 'entries.unknown' });
  return { entryId: state.entryId, details: state.details };
}

function requireStatus(state: EntryState, expected: EntryStatus, what: string): void {
  if (state.status !== expected) {
    throw conflict(`The entry is ${state.status}: ${what} needs it to be ${expected}`, 'status', {
      code: 'entries.wrong_status',
      params: { status: state.status ?? null, expected },
    });
  }
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw invalid('A rejection needs a reason', 'reason', { code: 'entries.reason_needed' });
  return trimmed;
}
