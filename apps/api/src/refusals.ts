import { HttpException, HttpStatus } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { DomainError, type RefusalCode, type RefusalParams } from '#domain';

/**
 * Refusals as screens translate them: a stable code of libs/domain/src/shared/refusal-codes.ts, the
 * parameters of its sentence, and the English message (logs, the API's callers). The HTTP error body,
 * the bulk reports (entries, judges, theory) and the validation pipe all speak through these.
 */
export interface CodedRefusal {
  code: RefusalCode;
  params: RefusalParams;
  message: string;
  /** The request field the refusal is about (`idNumber`, `members.1.phone`). */
  path?: string;
}

/** class-validator's constraint → the refusal code; `matches` is coded by the field it checks (see `MATCHES_BY_FIELD`). */
const CODE_OF_CONSTRAINT: Record<string, RefusalCode> = {
  isString: 'validation.string',
  isNotEmpty: 'validation.required',
  isDefined: 'validation.required',
  maxLength: 'validation.max_length',
  minLength: 'validation.min_length',
  isInt: 'validation.integer',
  isNumber: 'validation.number',
  min: 'validation.min',
  max: 'validation.max',
  isIn: 'validation.one_of',
  isEnum: 'validation.one_of',
  isArray: 'validation.array',
  arrayMaxSize: 'validation.array_max',
  arrayMinSize: 'validation.array_min',
  arrayUnique: 'validation.unique',
  isUuid: 'validation.uuid',
  isIso8601: 'validation.instant',
  isBoolean: 'validation.boolean',
  whitelistValidation: 'validation.unknown_field',
  nestedValidation: 'validation.object',
};

/** The field patterns (`@Matches`) the API checks, by the last segment of the field's path. */
const MATCHES_BY_FIELD: Record<string, RefusalCode> = {
  username: 'validation.username',
  creditCode: 'validation.credit_code',
  idNumber: 'validation.id_number',
  phone: 'validation.phone',
  commitment: 'validation.commitment',
  entryId: 'validation.entry_id',
};

/** The numbers or choices of a constraint (`@MaxLength(64)` → `{ max: 64 }`), read from class-validator's metadata. */
function constraintParams(error: ValidationError, constraint: string): RefusalParams {
  const target = error.target as object | undefined;
  if (!target) return {};
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === error.property && m.name?.toLowerCase() === constraint.toLowerCase());
  const [first] = metadata?.constraints ?? [];
  switch (constraint) {
    case 'maxLength':
    case 'max':
    case 'arrayMaxSize':
      return typeof first === 'number' ? { max: first } : {};
    case 'minLength':
    case 'min':
    case 'arrayMinSize':
      return typeof first === 'number' ? { min: first } : {};
    case 'isIn':
      return Array.isArray(first) ? { allowed: first.map(String) } : {};
    case 'isEnum':
      return first && typeof first === 'object' ? { allowed: Object.values(first as object).map(String) } : {};
    default:
      return {};
  }
}

/** ValidationPipe errors, one coded refusal per broken constraint, with the field's path. */
export function refusalsOfValidation(errors: readonly ValidationError[]): CodedRefusal[] {
  const found: CodedRefusal[] = [];
  const collect = (list: readonly ValidationError[], prefix: string) => {
    for (const error of list) {
      const path = prefix ? `${prefix}.${error.property}` : error.property;
      for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
        const leaf = path.split('.').at(-1)!;
        const code =
          constraint === 'matches'
            ? (MATCHES_BY_FIELD[leaf] ?? 'validation.format')
            : (CODE_OF_CONSTRAINT[constraint] ?? 'validation.invalid');
        found.push({ code, params: { field: path, ...constraintParams(error, constraint) }, message, path });
      }
      if (error.children?.length) collect(error.children, path);
    }
  };
  collect(errors, '');
  return found;
}

/** The generic code of an HTTP status whose refusal brought none of its own. */
export function codeOfStatus(status: number): RefusalCode {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
      return 'request.invalid';
    case HttpStatus.UNAUTHORIZED:
      return 'auth.unauthenticated';
    case HttpStatus.FORBIDDEN:
      return 'request.forbidden';
    case HttpStatus.NOT_FOUND:
      return 'request.not_found';
    case HttpStatus.CONFLICT:
      return 'request.conflict';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'request.too_large';
    case HttpStatus.UNPROCESSABLE_ENTITY:
      return 'request.invalid';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'request.throttled';
    case HttpStatus.SERVICE_UNAVAILABLE:
      return 'service.unavailable';
    default:
      return status >= 500 ? 'service.internal' : 'request.invalid';
  }
}

/** A refusal (a domain refusal, or a 4xx of the API) as a coded refusal; undefined for anything else. */
export function codedRefusalOf(error: unknown): CodedRefusal | undefined {
  if (error instanceof DomainError) {
    return { code: error.code, params: error.params, message: error.message, ...(error.field ? { path: error.field } : {}) };
  }
  if (error instanceof HttpException && error.getStatus() < HttpStatus.INTERNAL_SERVER_ERROR) {
    const response = error.getResponse();
    if (typeof response === 'string') return { code: codeOfStatus(error.getStatus()), params: {}, message: response };
    const body = response as { message?: unknown; code?: RefusalCode; params?: RefusalParams; fields?: Record<string, unknown> };
    const path = body.fields ? Object.keys(body.fields)[0] : undefined;
    return {
      code: body.code ?? codeOfStatus(error.getStatus()),
      params: body.params ?? {},
      message: Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? error.message),
      ...(path ? { path } : {}),
    };
  }
  return undefined;
}

/**
 * A 4xx refusal of the API that has no domain decider behind it (a query's unknown id, a guard):
 * an HttpException whose body carries the code and parameters like a DomainError's.
 */
export function httpRefusal(
  status: HttpStatus,
  code: RefusalCode,
  message: string,
  params: RefusalParams = {},
  field?: string,
): HttpException {
  return new HttpException(
    {
      statusCode: status,
      error: HttpStatus[status]?.toLowerCase() ?? 'error',
      code,
      params,
      message,
      ...(field ? { fields: { [field]: [message] } } : {}),
    },
    status,
  );
}
