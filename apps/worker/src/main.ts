import 'reflect-metadata';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LoggerModule, Logger as PinoNestLogger } from 'nestjs-pino';
import { ConfigError, InfrastructureModule, loadConfig, pinoOptions } from '#platform';
import { MetricsServer } from './metrics-server.js';
import { WorkerModule } from './worker.module.js';

/**
 * The worker as its own process (distributed profile): the scoring dispatcher and the BullMQ
 * processors. It needs REDIS_URL: without Redis the api runs the same processors inline.
 */
try {
  const config = loadConfig();
  if (!config.REDIS_URL)
    throw new ConfigError('Invalid configuration:\n- the worker process needs REDIS_URL (without Redis, the api runs the jobs inline)');

  @Module({
    imports: [
      // JSON log lines at LOG_LEVEL, like the api's.
      LoggerModule.forRoot({ pinoHttp: pinoOptions(config, 'worker') }),
      InfrastructureModule.forRoot(config),
      WorkerModule.forRoot(config),
    ],
    providers: [MetricsServer],
  })
  class WorkerAppModule {}

  const app = await NestFactory.createApplicationContext(WorkerAppModule, { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  new Logger('Jiangxin').log(`Worker started (${config.profile} store, BullMQ on ${new URL(config.REDIS_URL).host})`);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
