import { isCityId, type CityId } from '../catalogue/catalogue.types.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { conflict, forbidden, invalid, notFound } from '../shared/domain-error.js';
import { isValidCreditCode, isValidMobilePhone, isValidResidentId } from '../shared/identifiers.js';

/** An entry's stream: one person's entry in one trade of a contest. */

export const SKILL_LEVELS = ['none', 'level-5', 'level-4', 'level-3', 'level-2', 'level-1'] as const;
/** none; 初级工 (5) … 高级技师 (1), as in the national vocational qualification levels. */
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface Employer {
  name: string;
  /** Unified social credit code, GB 32100. */
  creditCode: string;
  techBased: boolean;
}

export interface EntryDetails {
  tradeId: string;
  name: string;
  /** Resident ID number (GB 11643): personal data, never public. */
  idNumber: string;
  /** Personal data, never public. */
  phone: string;
  employer: Employer;
  city: CityId;
  skillLevel: SkillLevel;
  /** The contestant's own account, when the person entered themself. */
  contestantUserId?: string;
}

export type EntryStatus = 'submitted' | 'city_approved' | 'city_rejected' | 'confirmed' | 'province_rejected';

export type EntryEvent =
  | { type: 'EntrySubmitted'; data: { entryId: string; contestId: string } & EntryDetails }
  | { type: 'EntryApprovedByCity'; data: { entryId: string; tradeId: string; city: CityId } }
  | { type: 'EntryRejectedByCity'; data: { entryId: string; tradeId: string; city: CityId; reason: string } }
  | { type: 'EntryConfirmed'; data: { entryId: string; tradeId: string } }
  | { type: 'EntryRejectedByProvince'; data: { entryId: string; tradeId: string; reason: string } };

export type EntryCommand =
  | { type: 'SubmitEntry'; entryId: string; contestId: string; details: EntryDetails }
  | { type: 'ApproveEntryByCity'; reviewerCity: CityId }
  | { type: 'RejectEntryByCity'; reviewerCity: CityId; reason: string }
  | { type: 'ConfirmEntry' }
  | { type: 'RejectEntryByProvince'; reason: string };

export interface EntryState {
  entryId?: string;
  status?: EntryStatus;
  details?: EntryDetails;
}

/** What the entry decider needs to know about the world beyond its own stream. */
export interface EntryContext {
  /** The trade exists in the contest's catalogue. */
  tradeExists: (tradeId: string) => boolean;
  /** Lots have been drawn in the trade: the confirmed list is closed. */
  lotsDrawn: (tradeId: string) => boolean;
}

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
    default:
      return assertNever(event);
  }
}

export function decideEntry(command: EntryCommand, state: EntryState, context: EntryContext): EntryEvent[] {
  if (command.type === 'SubmitEntry') {
    if (state.status && state.status !== 'city_rejected' && state.status !== 'province_rejected') {
      throw conflict(`This person already has an entry in this contest (trade ${state.details?.tradeId})`, 'idNumber');
    }
    validateDetails(command.details, context);
    return [{ type: 'EntrySubmitted', data: { entryId: command.entryId, contestId: command.contestId, ...command.details } }];
  }

  const { entryId, details } = requireEntry(state);
  switch (command.type) {
    case 'ApproveEntryByCity':
    case 'RejectEntryByCity': {
      if (command.reviewerCity !== details.city) throw forbidden(`The entry belongs to ${details.city}, not ${command.reviewerCity}`);
      requireStatus(state, 'submitted', 'a city decision');
      if (command.type === 'ApproveEntryByCity') {
        return [{ type: 'EntryApprovedByCity', data: { entryId, tradeId: details.tradeId, city: details.city } }];
      }
      const reason = requireReason(command.reason);
      return [{ type: 'EntryRejectedByCity', data: { entryId, tradeId: details.tradeId, city: details.city, reason } }];
    }
    case 'ConfirmEntry':
      requireStatus(state, 'city_approved', 'confirmation');
      if (context.lotsDrawn(details.tradeId)) throw conflict(`Lots have already been drawn in ${details.tradeId}`);
      return [{ type: 'EntryConfirmed', data: { entryId, tradeId: details.tradeId } }];
    case 'RejectEntryByProvince':
      requireStatus(state, 'city_approved', 'a province decision');
      return [{ type: 'EntryRejectedByProvince', data: { entryId, tradeId: details.tradeId, reason: requireReason(command.reason) } }];
    default:
      return assertNever(command);
  }
}

export const entryDecider: Decider<EntryCommand, EntryEvent, EntryState, EntryContext> = {
  initialState: initialEntryState,
  evolve: evolveEntry,
  decide: decideEntry,
};

function validateDetails(details: EntryDetails, context: EntryContext): void {
  if (!context.tradeExists(details.tradeId)) throw notFound(`Unknown trade ${details.tradeId}`, 'tradeId');
  if (details.name.trim().length === 0) throw invalid('The name is empty', 'name');
  if (!isValidResidentId(details.idNumber)) {
    throw invalid('The resident ID number is not valid (18 characters, GB 11643 check digit)', 'idNumber');
  }
  if (!isValidMobilePhone(details.phone)) throw invalid('The phone number is not a valid mobile number', 'phone');
  if (!isValidCreditCode(details.employer.creditCode)) {
    throw invalid('The unified social credit code is not valid (GB 32100)', 'employer.creditCode');
  }
  if (!isCityId(details.city)) throw invalid(`Unknown city ${details.city}`, 'city');
}

function requireEntry(state: EntryState): { entryId: string; details: EntryDetails } {
  if (!state.entryId || !state.details) throw notFound('Unknown entry', 'entryId');
  return { entryId: state.entryId, details: state.details };
}

function requireStatus(state: EntryState, expected: EntryStatus, what: string): void {
  if (state.status !== expected) {
    throw conflict(`The entry is ${state.status}: ${what} needs it to be ${expected}`, 'status');
  }
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw invalid('A rejection needs a reason', 'reason');
  return trimmed;
}
