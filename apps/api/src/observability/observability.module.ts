import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '#platform';
import { ApiMetrics } from './api-metrics.service.js';
import { DashboardSessionController } from './dashboard-session.controller.js';
import { apiLoggerParams } from './logging.js';
import { MetricsController } from './metrics.controller.js';
import { DashboardSessions, OperationsQueues, QueueDashboard } from './queue-dashboard.js';

export interface ObservabilityOptions {
  /** Where the JSON log lines go (default: stdout). Tests pass a stream to read them. */
  logDestination?: DestinationStream;
}

/**
 * Operations of an api node: JSON logs with correlation ids, Prometheus metrics at /api/metrics
 * and, with Redis configured, the organisers' queue dashboard. Health probes: HealthController.
 */
@Module({})
export class ObservabilityModule {
  static forRoot(config: AppConfig, options: ObservabilityOptions = {}): DynamicModule {
    const dashboard = config.REDIS_URL ? [OperationsQueues, DashboardSessions, QueueDashboard] : [];
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(apiLoggerParams(config, options.logDestination))],
      controllers: [MetricsController, ...(config.REDIS_URL ? [DashboardSessionController] : [])],
      providers: [ApiMetrics, ...dashboard],
      exports: config.REDIS_URL ? [OperationsQueues] : [],
    };
  }
}
