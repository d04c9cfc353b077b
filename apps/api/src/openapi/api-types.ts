import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../app.factory.js';
import { openApiDocument } from './openapi-document.js';

/** Where the web app's API types are generated (committed; `npm run api:types` writes it). */
export const API_TYPES_FILE = 'apps/web/src/api/openapi.generated.ts';

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run api:types\` (openapi-typescript): do not edit.
 * A test (apps/api/src/openapi/api-types.int-spec.ts) fails when this file is stale.
 */

`;

/** The API's OpenAPI document, from an application built on a throw-away store (nothing listens). */
export async function buildOpenApiDocument() {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-openapi-'));
  const { app } = await createApp({ SQLITE_FILE: join(dir, 'events.sqlite') });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The TypeScript of the web app's API types, as `npm run api:types` writes it. */
export async function renderApiTypes(): Promise<string> {
  const document = await buildOpenApiDocument();
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
