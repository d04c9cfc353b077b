/**
 * Check characters of Chinese identifiers.
 * GB 11643-1999: citizen identity number, 17 digits + check (0-9 or X), ISO 7064 MOD 11-2.
 * GB 32100-2015: unified social credit code, 17 characters + check, MOD 31.
 */

import { FORGOTTEN, UNREADABLE } from '../identity/personal-data.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isValidResidentId(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  if (ID_CHECK[sum % 11] !== value[17]) return false;
  return birthDateOfResidentId(value) !== undefined;
}

/** The birth date (YYYY-MM-DD) encoded in characters 7–14, when it is a real date. */
export function birthDateOfResidentId(value: string): string | undefined {
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}` : undefined;
}

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function isValidCreditCode(value: string): boolean {
  if (value.length !== 18) return false;
  const codes = [...value].map((c) => CREDIT_CHARSET.indexOf(c));
  if (codes.some((c) => c < 0)) return false;
  const sum = CREDIT_WEIGHTS.reduce((acc, weight, i) => acc + weight * codes[i], 0);
  return codes[17] === (31 - (sum % 31)) % 31;
}

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. */
export const isValidMobilePhone = (value: string): boolean => /^1[3-9]\d{9}$/.test(value);

/** A forgotten (or unreadable) field has nothing to mask: its placeholder is shown as it is. */
const isPlaceholder = (value: string) => value === FORGOTTEN || value === UNREADABLE;

/** `210102199003071234` → `2101**********1234`: enough for a reviewer to tell people apart. */
export const maskResidentId = (value: string): string =>
  isPlaceholder(value) ? value : value.slice(0, 4) + '*'.repeat(10) + value.slice(14);
export const maskPhone = (value: string): string => (isPlaceholder(value) ? value : `${value.slice(0, 3)}****${value.slice(7)}`);
