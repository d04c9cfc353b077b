/**
 * The entry form's values, the checks the API applies (run in the browser before sending, field by
 * field) and the request body. Pure: the messages are i18n keys with their values.
 */
import type { SkillLevel, TradeSummary } from '../api/types';
import { ageOn, birthDateOfResidentId, isValidCreditCode, isValidMobilePhone, isValidResidentId } from '../shared/domain';

export interface PersonValues {
  name: string;
  idNumber: string;
  phone: string;
}

export interface EntryValues extends PersonValues {
  eventId: string;
  tradeId: string;
  city: string;
  skillLevel: SkillLevel | '';
  employerName: string;
  creditCode: string;
  techBased: boolean;
  /** Team trades: the members besides the captain. */
  members: PersonValues[];
}

export const emptyPerson = (): PersonValues => ({ name: '', idNumber: '', phone: '' });

export const emptyEntry = (): EntryValues => ({
  ...emptyPerson(),
  eventId: '',
  tradeId: '',
  city: '',
  skillLevel: '',
  employerName: '',
  creditCode: '',
  techBased: false,
  members: [],
});

/** A problem with a field: the i18n key of its message and the message's values. */
export interface Problem {
  key:
    | 'required'
    | 'tooLong'
    | 'idFormat'
    | 'idBirthDate'
    | 'idCheckDigit'
    | 'ageWindow'
    | 'phone'
    | 'creditFormat'
    | 'creditCheckDigit'
    | 'samePerson';
  values?: Record<string, string | number>;
}

/** Field path (as the API names it: `employer.creditCode`, `members.0.idNumber`) → its problem. */
export type Problems = Record<string, Problem>;

export interface EntryRules {
  trade: TradeSummary | undefined;
  /** The contest day of the trade's event (ISO date), for the age rule. */
  contestDay: string | undefined;
}

const ID_PATTERN = /^\d{17}[\dX]$/;
const CREDIT_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Upper-case `x` at the end of an ID number and letters of a credit code, drop spaces: what people type. */
export const normaliseId = (value: string): string => value.replace(/\s+/g, '').toUpperCase();

export function idNumberProblem(idNumber: string, rules: EntryRules): Problem | undefined {
  if (!idNumber) return { key: 'required' };
  if (!ID_PATTERN.test(idNumber)) return { key: 'idFormat' };
  const birthDate = birthDateOfResidentId(idNumber);
  if (!birthDate) return { key: 'idBirthDate' };
  if (!isValidResidentId(idNumber)) return { key: 'idCheckDigit' };
  const window = rules.trade?.registration?.ageWindow;
  if (window && rules.contestDay) {
    const age = ageOn(birthDate, rules.contestDay);
    if (age < window.min || age > window.max)
      return { key: 'ageWindow', values: { age, min: window.min, max: window.max, day: rules.contestDay } };
  }
  return undefined;
}

function personProblems(person: PersonValues, prefix: string, rules: EntryRules, problems: Problems): void {
  const name = person.name.trim();
  if (!name) problems[`${prefix}name`] = { key: 'required' };
  else if (name.length > 50) problems[`${prefix}name`] = { key: 'tooLong', values: { max: 50 } };
  const id = idNumberProblem(person.idNumber, rules);
  if (id) problems[`${prefix}idNumber`] = id;
  if (!person.phone) problems[`${prefix}phone`] = { key: 'required' };
  else if (!isValidMobilePhone(person.phone)) problems[`${prefix}phone`] = { key: 'phone' };
}

export function validateEntry(values: EntryValues, rules: EntryRules): Problems {
  const problems: Problems = {};
  if (!values.tradeId) problems.tradeId = { key: 'required' };
  if (!values.city) problems.city = { key: 'required' };
  if (!values.skillLevel) problems.skillLevel = { key: 'required' };
  personProblems(values, '', rules, problems);
  if (!values.employerName.trim()) problems['employer.name'] = { key: 'required' };
  else if (values.employerName.trim().length > 100) problems['employer.name'] = { key: 'tooLong', values: { max: 100 } };
  if (!values.creditCode) problems['employer.creditCode'] = { key: 'required' };
  else if (!CREDIT_PATTERN.test(values.creditCode)) problems['employer.creditCode'] = { key: 'creditFormat' };
  else if (!isValidCreditCode(values.creditCode)) problems['employer.creditCode'] = { key: 'creditCheckDigit' };
  for (const [i, member] of values.members.entries()) personProblems(member, `members.${i}.`, rules, problems);
  const ids = [values.idNumber, ...values.members.map((m) => m.idNumber)].filter(Boolean);
  if (new Set(ids).size !== ids.length) problems.members = { key: 'samePerson' };
  return problems;
}

/** Members to show for a trade: a team of n has n − 1 members besides the captain. */
export function membersFor(values: EntryValues, trade: TradeSummary | undefined): PersonValues[] {
  const count = Math.max(0, (trade?.teamSize ?? 1) - 1);
  return Array.from({ length: count }, (_, i) => values.members[i] ?? emptyPerson());
}

/** The body of POST /api/entries (without the commandId). */
export function entryRequest(values: EntryValues) {
  return {
    tradeId: values.tradeId,
    name: values.name.trim(),
    idNumber: values.idNumber,
    phone: values.phone,
    employer: { name: values.employerName.trim(), creditCode: values.creditCode, techBased: values.techBased },
    city: values.city,
    skillLevel: values.skillLevel,
    ...(values.members.length
      ? { members: values.members.map((m) => ({ name: m.name.trim(), idNumber: m.idNumber, phone: m.phone })) }
      : {}),
  };
}
