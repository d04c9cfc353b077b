import { createHash, createHmac } from 'node:crypto';

/**
 * One-time activation codes of judge accounts without a password (docs/theory-judges-desk.md):
 * 10 characters of Crockford's base32 (no I, L, O, U: nothing to misread on a printed slip), about
 * 50 bits, shown as `K7M2Q-9XH4T`. A code is derived from a server secret and the command that
 * issued it, so a retried request prints the same slips; only its SHA-256 is stored.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function activationCode(secret: string, commandId: string, userId: string): string {
  const digest = createHmac('sha256', secret).update(`activation/${commandId}/${userId}`).digest();
  const chars = [...digest.subarray(0, 10)].map((byte) => ALPHABET[byte % 32]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** As typed back: case, spaces and dashes do not matter; O and I, L read as 0 and 1. */
export const normaliseActivationCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

export const activationCodeHash = (code: string) => createHash('sha256').update(normaliseActivationCode(code)).digest('hex');
