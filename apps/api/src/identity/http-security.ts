import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Namespace } from 'socket.io';
import type { AppConfig } from '#platform';

/**
 * Security headers (helmet), CORS limited to CORS_ORIGINS, and the proxy setting the throttling
 * needs to see client addresses. The Content-Security-Policy allows the server's own scripts only
 * (the web app's bundles: no inline script); `upgrade-insecure-requests` is left out because the
 * embedded profile is often reached over plain HTTP on a venue's LAN.
 */
export function applyHttpSecurity(app: INestApplication, config: AppConfig): void {
  if (config.TRUST_PROXY) app.getHttpAdapter().getInstance().set('trust proxy', trustProxyValue(config.TRUST_PROXY));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'script-src-attr': ["'none'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
        },
      },
    }),
  );
  app.enableCors({ origin: config.corsOrigins, maxAge: 600 });
  app.use(refuseForeignOrigins(config.corsOrigins));
}

/**
 * CORS only stops a browser from reading an answer; a request from a foreign page still arrives.
 * A request that names an Origin which is neither the server's own nor configured is refused
 * before it reaches a handler, so a foreign page cannot even send a command with a stolen token.
 */
function refuseForeignOrigins(allowed: readonly string[]) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (originAllowed(request, allowed)) return next();
    response
      .status(403)
      .json({ statusCode: 403, error: 'forbidden', message: `Origin ${request.headers.origin} is not allowed (CORS_ORIGINS)` });
  };
}

/**
 * /live's socket.io server: the same origins. A handshake from another origin is refused (403):
 * a WebSocket is not covered by CORS, so the browser would not stop it.
 */
export function restrictSocketOrigins(namespace: Namespace, allowed: readonly string[]): void {
  const engine = namespace.server.engine;
  engine.opts.allowRequest = (request, answer) => {
    const ok = originAllowed(request, allowed);
    answer(ok ? null : `Origin ${request.headers.origin} is not allowed (CORS_ORIGINS)`, ok);
  };
  engine.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const origin = request.headers.origin;
    if (origin && allowed.includes(origin)) {
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader('Vary', 'Origin');
    }
    next();
  });
}

/** No Origin (not a browser, or a same-origin GET), the server's own origin, or a configured one. */
function originAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** `true`/`false`, a number of hops, or addresses/names as Express takes them. */
function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
