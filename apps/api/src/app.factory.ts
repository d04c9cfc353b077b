import 'reflect-metadata';
import { type INestApplication, type LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig, loadConfig } from '#platform';
import { AppModule } from './app.module.js';
import { HttpErrorFilter, validationException } from './http-errors.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the API application (used by main and by the e2e tests); call `listen` on the result. */
export async function createApp(overrides: Partial<AppConfig> = {}): Promise<{ app: INestApplication; config: AppConfig }> {
  const config = loadConfig(process.env, overrides);
  const app = await NestFactory.create(AppModule.forRoot(config), {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1),
  });
  app.setGlobalPrefix('api', { exclude: ['live'] });
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationException }),
  );
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

  const openApi = new DocumentBuilder()
    .setTitle('Jiangxin 匠心')
    .setDescription('Provincial workers\' vocational skills contest: registration, judging, scoring, live results')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'api/docs-json' });
  return { app, config };
}
