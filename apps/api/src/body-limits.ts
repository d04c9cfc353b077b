import type { IncomingMessage } from 'node:http';

/**
 * What a request body may be, checked while it is read, before JSON.parse and long before the
 * validation pipe (class-transformer recurses once per level: a 4 KB body nested 2,000 deep
 * overflowed its stack and answered 500). Refusals are 413 / 400 with a sentence saying what is wrong.
 */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** Deepest nesting of objects and arrays a JSON body may have; the deepest command body is far below. */
export const MAX_JSON_DEPTH = 32;

/** An error body-parser and Nest's adapter pass on as the 4xx it carries. */
export class BodyRefusal extends Error {
  readonly status: number;
  readonly statusCode: number;
  readonly expose = true;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
    this.statusCode = status;
  }
}

/**
 * The depth of a JSON text, counted on its bytes (strings skipped) so a deep body is refused before
 * anything is parsed; stops at the first level beyond `max`.
 */
export function jsonDepthExceeds(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** body-parser's `verify` hook for JSON bodies. */
export function refuseDeepJson(_request: IncomingMessage, _response: unknown, body: Buffer): void {
  if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) {
    throw new BodyRefusal(400, `The JSON body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep; no request needs that`);
  }
}

/** Nest's options for the JSON and form parsers. */
export const jsonBodyOptions = { limit: BODY_LIMIT_BYTES, verify: refuseDeepJson };
export const formBodyOptions = { limit: BODY_LIMIT_BYTES, extended: false, parameterLimit: 200 };
