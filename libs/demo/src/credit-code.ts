/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015), for generating demo employers only.
 *
 * Layout (18 chars): registration authority (1) · organisation category (1) · administrative division (6)
 * · organisation code (9 = 8 body + GB 11714 check char) · check char.
 */

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 32100 check character over the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`invalid credit code character '${first17.charAt(i)}'`);
    sum += value * (CREDIT_CODE_WEIGHTS[i] as number);
  }
  return CREDIT_CODE_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 organisation code check character over an 8-character body (digits / upper-case letters). */
export function organisationCodeCheckChar(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new Error(`invalid organisation code body '${body8}'`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charAt(i);
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55; // A = 10 … Z = 35
    sum += value * (ORG_CODE_WEIGHTS[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * Builds a valid enterprise credit code ('9' industry & commerce, '1' enterprise)
 * from a 6-digit division code and an 8-digit organisation code body.
 */
export function makeCreditCode(divisionCode: string, orgBody8: string): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new Error(`invalid division code '${divisionCode}'`);
  if (!/^\d{8}$/.test(orgBody8)) throw new Error(`invalid organisation code body '${orgBody8}'`);
  const first17 = `91${divisionCode}${orgBody8}${organisationCodeCheckChar(orgBody8)}`;
  return first17 + creditCodeCheckChar(first17);
}
