import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * One personal field, encrypted: `pii:1:<keyId>:<iv>:<ciphertext and tag>` (base64url parts).
 * AES-256-GCM with a fresh 96-bit IV per field; the additional data binds the ciphertext to its
 * event and path, so it cannot be moved to another event or field unnoticed.
 */
const PREFIX = 'pii:1:';
const TAG_BYTES = 16;

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX);

export function seal(plaintext: string, keyId: string, key: Buffer, binding: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(binding, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${PREFIX}${keyId}:${iv.toString('base64url')}:${body.toString('base64url')}`;
}

/** The id of the key a sealed field needs. */
export function keyIdOf(sealed: string): string {
  return sealed.slice(PREFIX.length, sealed.indexOf(':', PREFIX.length));
}

/** The plaintext, or undefined when the field does not decrypt (altered, or sealed for another event or path). */
export function unseal(sealed: string, key: Buffer, binding: string): string | undefined {
  const [keyId, ivText, bodyText] = sealed.slice(PREFIX.length).split(':');
  if (!keyId || !ivText || !bodyText) return undefined;
  const body = Buffer.from(bodyText, 'base64url');
  if (body.length < TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
    decipher.setAAD(Buffer.from(binding, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
