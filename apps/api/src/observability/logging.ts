import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';
import { type AppConfig, pinoOptions } from '#platform';
import { assignCorrelationId } from './correlation.js';

/** Probes and scrapes arrive every few seconds: their answers are logged only when they fail. */
const PROBES = /^\/api\/(health(\/(live|ready))?|metrics)(\?|$)/;

/**
 * The level of a request's own line: a warning for a 5xx answer (its cause, if any, is logged where
 * it was caught), an error when the response itself failed, nothing for a passing probe.
 */
export function requestLogLevel(url: string, statusCode: number, error?: Error): LevelWithSilent {
  if (error && !isStatusOnly(error)) return 'error';
  if (statusCode >= 500) return 'warn';
  if (PROBES.test(url) && statusCode < 400) return 'silent';
  return 'info';
}

/** pino-http makes up an Error for a 5xx answer without one; its stack says nothing. */
const isStatusOnly = (error: Error) => /^failed with status code \d+$/.test(error.message);

const urlOf = (request: IncomingMessage) => (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';

/**
 * The api's logger: JSON lines through nestjs-pino; each request gets a correlation id (the
 * caller's x-correlation-id or a new one) that every line logged while serving it carries.
 * Requests are logged by method, URL and status only: no headers, so no tokens or cookies.
 */
export function apiLoggerParams(config: AppConfig, destination?: DestinationStream): Params {
  const options: Options = {
    ...pinoOptions(config, 'api'),
    genReqId: assignCorrelationId,
    customAttributeKeys: { reqId: 'correlationId' },
    quietReqLogger: true,
    serializers: {
      req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (request: IncomingMessage, response: ServerResponse, error?: Error) =>
      requestLogLevel(urlOf(request), response.statusCode, error),
    customErrorObject: (_request: IncomingMessage, _response: ServerResponse, error: Error, fields: Record<string, unknown>) => {
      if (!isStatusOnly(error)) return fields;
      const { err: _madeUp, ...rest } = fields;
      return rest;
    },
  };
  return { pinoHttp: destination ? [options, destination] : options };
}
