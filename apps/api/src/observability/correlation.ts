import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Up to 200 visible ASCII characters: what a caller may name its request by; anything else is replaced. */
const ACCEPTED = /^[\x21-\x7e]{1,200}$/;

/** The caller's correlation id when it is acceptable, otherwise a new one. */
export function correlationIdOf(given: unknown, newId: () => string = randomUUID): string {
  return typeof given === 'string' && ACCEPTED.test(given) ? given : newId();
}

/**
 * pino-http's request id: every log line of the request carries it, the response returns it, and
 * the request header is set to it, so that `@Caller()` puts the same id into the events' metadata.
 */
export function assignCorrelationId(request: IncomingMessage, response: ServerResponse): string {
  const id = correlationIdOf(request.headers[CORRELATION_HEADER]);
  request.headers[CORRELATION_HEADER] = id;
  response.setHeader(CORRELATION_HEADER, id);
  return id;
}
