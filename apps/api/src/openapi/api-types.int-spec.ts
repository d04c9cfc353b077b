import { readFileSync } from 'node:fs';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_TYPES_FILE, buildOpenApiDocument, renderApiTypes } from './api-types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation of the document, with its method and path. */
function operationsOf(document: OpenAPIObject) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ method, path, operation: item[method] }] : [])),
  );
}

/** The web app's API types are generated from the OpenAPI document and committed: this fails when they are stale. */
describe("the web app's generated API types", () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await buildOpenApiDocument();
  }, 60_000);

  it('are what the OpenAPI document generates now (run `npm run api:types` when this fails)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(await renderApiTypes()).toBe(committed);
  }, 60_000);

  it('name every operation explicitly and type its 2xx answer (a schema, or a 204 that has no body)', () => {
    const missing = operationsOf(document).flatMap(({ method, path, operation }) => {
      const where = `${method.toUpperCase()} ${path} (${operation.operationId})`;
      const problems: string[] = [];
      // Nest's default ids look like `MarkingController_open`.
      if (!operation.operationId || /Controller_/.test(operation.operationId)) problems.push(`${where}: no explicit operationId`);
      const answers = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      const typed = answers.some(([status, response]) => {
        const content = (response as { content?: Record<string, { schema?: unknown }> }).content;
        return status === '204' ? content === undefined : Object.values(content ?? {}).some((media) => media.schema !== undefined);
      });
      if (!typed) problems.push(`${where}: no 2xx answer with a schema`);
      return problems;
    });
    expect(missing).toEqual([]);
    const ids = operationsOf(document).map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('document the refusal of a command beside its answer', () => {
    const submitMark = operationsOf(document).find(({ operation }) => operation.operationId === 'submitMark')?.operation;
    expect(submitMark?.responses['201']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CommandAnswer' } } },
    });
    expect(submitMark?.responses['409']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/RefusalDto' } } },
    });
    expect(submitMark?.responses['4XX']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Refusal' } } },
    });
  });
});
