import 'reflect-metadata';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { type AppConfig, loadConfig } from '#platform';
import { AppModule } from './app.module.js';
import { ChainIntegrity, refuseWritesWhileBroken } from './audit/chain-integrity.service.js';
import { formBodyOptions, jsonBodyOptions } from './body-limits.js';
import { HttpErrorFilter, validationException } from './http-errors.js';
import { refuseWhileNotReady } from './health/refuse-while-not-ready.js';
import { applyHttpSecurity } from './identity/http-security.js';
import { LiveIoAdapter } from './live/live-io.adapter.js';
import { LiveRedis } from './live/live-redis.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { httpMetricsMiddleware } from './observability/http-metrics.js';
import { ProjectionsService } from './projections/projections.service.js';
import type { ObservabilityOptions } from './observability/observability.module.js';
import { serveWebApp } from './web/web-app.js';

/** Builds the API application (used by main and by the e2e tests); call `listen` on the result. */
export async function createApp(
  overrides: Partial<AppConfig> = {},
  observability: ObservabilityOptions = {},
): Promise<{ app: INestApplication; config: AppConfig }> {
  const config = loadConfig(process.env, overrides);
  // Logs are held until the JSON logger (nestjs-pino, at LOG_LEVEL) takes over.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, observability), {
    bufferLogs: true,
    // Our own parsers (below): a size and nesting-depth limit before anything is parsed or validated.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.use(httpMetricsMiddleware);
  // Several nodes behind a proxy: one whose projections are stopped or behind sends its requests elsewhere.
  if (config.profile === 'distributed') app.use(refuseWhileNotReady(app.get(ProjectionsService)));
  applyHttpSecurity(app, config);
  // A store whose hash chain is broken takes no writes (ChainIntegrity); reads stay available.
  app.use(refuseWritesWhileBroken(app.get(ChainIntegrity)));
  // The web app (dist/web) at /, /register, /judge, /live and /admin; the API under /api.
  serveWebApp(app);
  app.useBodyParser('json', jsonBodyOptions);
  app.useBodyParser('urlencoded', formBodyOptions);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationException }),
  );
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  // socket.io with connection state recovery, across nodes through Redis when REDIS_URL is set.
  app.useWebSocketAdapter(new LiveIoAdapter(app, app.get(LiveRedis), config.QUEUE_PREFIX));

  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  return { app, config };
}
