import type { RefusalCode } from './refusal-codes.js';

/**
 * A refusal by the domain. `kind` says what sort of refusal it is, and the API maps it to a status
 * (invalid → 422, not_found → 404, forbidden → 403, conflict → 409). `code` and `params` say which
 * refusal it is in words a screen can translate: a stable dotted code (`quota.full`) and the names
 * and numbers its sentence needs (`{ city, trade, quota }`). The English `message` is for logs,
 * the API's callers and tests.
 */
export type RefusalKind = 'invalid' | 'not_found' | 'forbidden' | 'conflict';

/** What a refusal's sentence needs: ids (a screen turns them into names), numbers, instants (ISO 8601), texts. */
export type RefusalParams = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;

/** The code and parameters of a refusal; without one, the refusal's code is its kind (generic). */
export interface Refusal {
  code: RefusalCode;
  params?: RefusalParams;
}

export class DomainError extends Error {
  readonly code: RefusalCode;
  readonly params: RefusalParams;

  constructor(
    readonly kind: RefusalKind,
    message: string,
    /** The field or rule the refusal is about, so a form can show it in place. */
    readonly field?: string,
    refusal?: Refusal,
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = refusal?.code ?? kind;
    this.params = refusal?.params ?? {};
  }
}

export const invalid = (message: string, field?: string, refusal?: Refusal) => new DomainError('invalid', message, field, refusal);
export const notFound = (message: string, field?: string, refusal?: Refusal) => new DomainError('not_found', message, field, refusal);
export const forbidden = (message: string, field?: string, refusal?: Refusal) => new DomainError('forbidden', message, field, refusal);
export const conflict = (message: string, field?: string, refusal?: Refusal) => new DomainError('conflict', message, field, refusal);
