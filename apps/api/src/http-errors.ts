import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  type ValidationError,
} from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import type { Response } from 'express';
import { ConcurrencyConflictError } from '#application';
import { DomainError, type RefusalKind, type RefusalParams } from '#domain';
import { EventIdConflictError, EventStoreUnavailableError } from '#event-store';
import { codeOfStatus, refusalsOfValidation } from './refusals.js';

const STATUS_OF: Record<RefusalKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  not_found: HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
  conflict: HttpStatus.CONFLICT,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** A domain refusal's stable code (`quota.full`) and the parameters of its sentence, for screens to translate. */
  code?: string;
  params?: RefusalParams;
  /** Field → what is wrong with it, for forms that show refusals in place. */
  fields?: Record<string, string[]>;
  /** Field → the same refusals as codes and parameters, for forms that show them in the user's language. */
  fieldRefusals?: Record<string, Array<{ code: string; params: RefusalParams }>>;
}

/** Turns refusals and store failures into 4xx/503 answers that say what is wrong. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'ws') {
      refuseSocketEvent(exception, host, (e) => this.toBody(e));
      return;
    }
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = STATUS_OF[exception.kind];
      return {
        statusCode,
        error: exception.kind,
        code: exception.code,
        params: exception.params,
        message: exception.message,
        ...(exception.field
          ? {
              fields: { [exception.field]: [exception.message] },
              fieldRefusals: { [exception.field]: [{ code: exception.code, params: exception.params }] },
            }
          : {}),
      };
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const statusCode = exception.getStatus();
      const error = HttpStatus[statusCode]?.toLowerCase() ?? 'error';
      if (typeof response === 'string') return { statusCode, error, code: codeOfStatus(statusCode), params: {}, message: response };
      const details = response as Partial<ErrorBody> & Record<string, unknown>;
      return {
        ...details,
        statusCode,
        error: details.error ?? error,
        code: details.code ?? codeOfStatus(statusCode),
        params: details.params ?? {},
        message: Array.isArray(details.message) ? details.message.join('; ') : String(details.message ?? exception.message),
      };
    }
    if (exception instanceof ConcurrencyConflictError) {
      return { statusCode: HttpStatus.CONFLICT, error: 'conflict', code: 'request.concurrent', params: {}, message: exception.message };
    }
    if (exception instanceof EventIdConflictError) {
      return {
        statusCode: HttpStatus.CONFLICT,
        error: 'conflict',
        code: 'request.command_id_reused',
        params: {},
        message: 'This commandId was already used for a different command',
      };
    }
    if (exception instanceof EventStoreUnavailableError) {
      this.logger.error(exception.message);
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'unavailable',
        code: 'service.store_unavailable',
        params: {},
        message: 'The event store is unavailable; the command was not recorded',
      };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'internal',
      code: 'service.internal',
      params: {},
      message: 'Internal error; the command was not recorded',
    };
  }
}

/**
 * A socket event's refusal (a payload that fails validation, a guard's refusal, anything thrown):
 * the `exception` event with the status and a sentence saying what is wrong, as Nest's own socket
 * filter sends it; the acknowledgement, when the client asked for one, carries the same.
 */
function refuseSocketEvent(exception: unknown, host: ArgumentsHost, toBody: (exception: unknown) => ErrorBody): void {
  const ws = host.switchToWs();
  const socket = ws.getClient<{ emit(event: string, payload: unknown): void }>();
  const event = ws.getPattern();
  let payload: { status: number; event: string; message: string };
  if (exception instanceof WsException) {
    const error = exception.getError();
    payload =
      typeof error === 'string'
        ? { status: HttpStatus.BAD_REQUEST, event, message: error }
        : { status: HttpStatus.BAD_REQUEST, event, message: 'Refused', ...(error as object) };
  } else {
    const body = toBody(exception);
    payload = { status: body.statusCode, event, message: body.message };
  }
  socket.emit('exception', payload);
  const ack = host
    .getArgs()
    .slice(2, -1)
    .find((arg) => typeof arg === 'function') as ((answer: unknown) => void) | undefined;
  ack?.(payload);
}

/** The same refusals for the socket gateways (Nest does not apply global filters to them): `@UseFilters(SocketErrorFilter)`. */
@Catch()
export class SocketErrorFilter implements ExceptionFilter {
  private readonly http = new HttpErrorFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    refuseSocketEvent(exception, host, (e) => this.http.toBody(e));
  }
}

/**
 * ValidationPipe errors as one readable message plus the same, field by field: in English (`fields`)
 * and as codes with parameters (`fieldRefusals`, e.g. `validation.max_length` with `{ field, max }`).
 */
export function validationException(errors: ValidationError[]): BadRequestException {
  const refusals = refusalsOfValidation(errors);
  const fields: Record<string, string[]> = {};
  const fieldRefusals: NonNullable<ErrorBody['fieldRefusals']> = {};
  for (const { path = '', message, code, params } of refusals) {
    fields[path] = [...(fields[path] ?? []), message];
    fieldRefusals[path] = [...(fieldRefusals[path] ?? []), { code, params }];
  }
  const message = refusals.map((r) => r.message).join('; ');
  return new BadRequestException({
    statusCode: 400,
    error: 'bad_request',
    code: 'validation.failed',
    params: { fields: Object.keys(fields) },
    message,
    fields,
    fieldRefusals,
  } satisfies ErrorBody);
}

/** A socket payload's validation errors as one sentence (never empty: a payload that is not an object says so). */
export function socketValidationException(errors: ValidationError[]): WsException {
  const messages = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => (m.startsWith('an unknown value was passed') ? 'The payload must be an object' : m)),
  );
  return new WsException(messages.length > 0 ? [...new Set(messages)].join('; ') : 'The payload is not what this event takes');
}
