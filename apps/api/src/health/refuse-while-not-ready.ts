import type { NextFunction, Request, Response } from 'express';
import type { ProjectionsService } from '../projections/projections.service.js';

/** Answered whatever the projections: health checks, metrics and the API documents. */
const ALWAYS_ANSWERED = /^\/api\/(health|metrics|docs)(\/|-json|$)/;

/**
 * In the distributed profile, a node whose projections are stopped or behind (readiness 503) answers
 * its API requests 503 too, with Retry-After: its read models may be out of date and its store
 * unreachable. The proxy in front (docker/nginx.conf: `proxy_next_upstream http_503`) then sends the
 * request to another node, so that only ready nodes serve; commands carry their commandId, so that
 * a command tried again elsewhere is never applied twice. One node alone (the embedded profile) has
 * nowhere else to send a request: it keeps answering from what it has.
 */
export function refuseWhileNotReady(projections: ProjectionsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const health = projections.health;
    if (health.state === 'live' || !request.path.startsWith('/api/') || ALWAYS_ANSWERED.test(request.path)) {
      next();
      return;
    }
    const why = health.state === 'stopped' ? 'its projections are stopped (restarting)' : 'its projections are behind the event store';
    response
      .status(503)
      .set('Retry-After', '2')
      .json({ statusCode: 503, error: 'unavailable', message: `This server is not ready: ${why}; nothing was recorded. Try again.` });
  };
}
