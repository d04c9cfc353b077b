/**
 * Formula neutralisation (OWASP "CSV injection"): a text that a spreadsheet program or another tool
 * would read as a formula — it starts with `=`, `+`, `-`, `@`, a tab or a carriage return — is
 * prefixed with a single quote in every spreadsheet the platform hands out, so that `=cmd|' /C calc'!A0`
 * or `+SUM(1,1)` stays a text wherever the cells are opened or pasted. Applied when a file is written
 * only: the store keeps the value as it was entered.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
