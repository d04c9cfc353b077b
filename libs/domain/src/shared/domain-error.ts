/**
 * A refusal by the domain. The code says what kind of refusal it is; the API maps it to a
 * status (invalid → 422, not_found → 404, forbidden → 403, conflict → 409).
 */
export type RefusalCode = 'invalid' | 'not_found' | 'forbidden' | 'conflict';

export class DomainError extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    /** The field or rule the refusal is about, so a form can show it in place. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, field?: string) => new DomainError('invalid', message, field);
export const notFound = (message: string, field?: string) => new DomainError('not_found', message, field);
export const forbidden = (message: string, field?: string) => new DomainError('forbidden', message, field);
export const conflict = (message: string, field?: string) => new DomainError('conflict', message, field);
