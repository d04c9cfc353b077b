import { timingSafeEqual } from 'node:crypto';
import { type LoggerOptions, stdTimeFunctions } from 'pino';
import { collectDefaultMetrics, Gauge, type Metric, register } from 'prom-client';
import type { EventStore } from '#event-store';
import type { AppConfig } from './app-config.js';

/**
 * What the api and the worker processes share for operations: JSON logs and Prometheus metrics.
 * Every metric lives on prom-client's default registry: one process is one scrape target.
 */

/** pino's name for each LOG_LEVEL (Nest's `log` is pino's `info`, its `verbose` pino's `trace`). */
export const PINO_LEVEL = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' } as const;

/** One JSON object per line: ISO time, the level by name, which process wrote it. */
export function pinoOptions(config: AppConfig, service: 'api' | 'worker'): LoggerOptions {
  return {
    name: `jiangxin-${service}`,
    level: PINO_LEVEL[config.LOG_LEVEL],
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
}

export const metricsRegistry = register;

/** The metric registered under `name`, created on first use: several apps in one process (tests) share it. */
export function processMetric<T extends Metric>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/** Node's own metrics (CPU, memory, event-loop lag, GC), once per process. */
export function collectProcessMetrics(): void {
  if (!register.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics({ register });
}

/** Whether a request may read the metrics: always without METRICS_TOKEN, else only with `Bearer <METRICS_TOKEN>`. */
export function metricsRequestAllowed(config: Pick<AppConfig, 'METRICS_TOKEN'>, authorization: string | undefined): boolean {
  if (!config.METRICS_TOKEN) return true;
  const given = Buffer.from(authorization ?? '');
  const expected = Buffer.from(`Bearer ${config.METRICS_TOKEN}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** How far a subscription is behind the store: events stored but not handled yet. */
export const subscriptionLag = (headPosition: number, subscriptionPosition: number): number =>
  Math.max(0, headPosition - subscriptionPosition);

interface LagSource {
  store: EventStore;
  position: () => number;
}
const lagSources = new Map<string, LagSource>();

/**
 * Reports the subscription's lag as `jiangxin_event_store_lag_events{subscription}` at every scrape,
 * until the returned function is called.
 */
export function trackSubscriptionLag(subscription: string, store: EventStore, position: () => number): () => void {
  processMetric(
    'jiangxin_event_store_lag_events',
    () =>
      new Gauge({
        name: 'jiangxin_event_store_lag_events',
        help: "Events in the store that a subscription has not handled yet (the store's head position minus the subscription's position)",
        labelNames: ['subscription'],
        async collect() {
          this.reset();
          for (const [name, source] of lagSources) {
            try {
              this.set({ subscription: name }, subscriptionLag(await source.store.headPosition(), source.position()));
            } catch {
              // The store does not answer: no sample; /api/health/ready says why.
            }
          }
        },
      }),
  );
  const source = { store, position };
  lagSources.set(subscription, source);
  return () => {
    if (lagSources.get(subscription) === source) lagSources.delete(subscription);
  };
}
