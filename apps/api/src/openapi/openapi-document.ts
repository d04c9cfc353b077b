import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { LIVE_MODELS } from '#contracts';
import { withRefusals } from '../openapi-refusals.js';

/**
 * The API's OpenAPI document, with the refusal body on every operation: served at /api/docs-json, and the
 * source of the web app's generated API types (with the live socket's payloads, libs/contracts/src/live-views.dto.ts).
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Jiangxin 匠心')
    .setDescription("Provincial workers' vocational skills contest: registration, judging, scoring, live results")
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  // The live socket's payloads are no route's answer: extra models, so that the web app's live types are generated too.
  return withRefusals(SwaggerModule.createDocument(app, config, { extraModels: LIVE_MODELS }));
}
