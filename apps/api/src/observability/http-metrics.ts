import type { NextFunction, Request, Response } from 'express';
import { Histogram } from 'prom-client';
import { processMetric } from '#platform';

/**
 * The route a request matched, as its template (`/api/trades/:tradeId/marks`), so that ids do not
 * become label values; a request no route matched counts as `unmatched`.
 */
export function routeLabel(request: Pick<Request, 'baseUrl'> & { route?: { path?: unknown } }): string {
  const path = request.route?.path;
  if (typeof path === 'string') return `${request.baseUrl}${path}` || '/';
  // Mounted apps (the queue dashboard) without a route of their own: their mount point.
  return request.baseUrl ? `${request.baseUrl}/*` : 'unmatched';
}

const httpDuration = () =>
  processMetric(
    'jiangxin_http_request_duration_seconds',
    () =>
      new Histogram({
        name: 'jiangxin_http_request_duration_seconds',
        help: 'HTTP requests answered by this api node, by route template, method and status',
        labelNames: ['method', 'route', 'status_code'],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      }),
  );

/** Express middleware, first in the chain: observes each request's latency once its answer is sent. */
export function httpMetricsMiddleware(request: Request, response: Response, next: NextFunction): void {
  const histogram = httpDuration();
  const started = process.hrtime.bigint();
  response.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    histogram.observe({ method: request.method, route: routeLabel(request), status_code: String(response.statusCode) }, seconds);
  });
  next();
}
