import { readFileSync } from 'node:fs';
import { API_TYPES_FILE, buildOpenApiDocument, renderApiTypes } from './api-types.js';

/** The web app's API types are generated from the OpenAPI document and committed: this fails when they are stale. */
describe("the web app's generated API types", () => {
  it('are what the OpenAPI document generates now (run `npm run api:types` when this fails)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(await renderApiTypes()).toBe(committed);
  }, 60_000);

  it('name every operation explicitly, for the commands at least, and type their answers', async () => {
    const document = await buildOpenApiDocument();
    const operations = Object.values(document.paths).flatMap((item) =>
      (['post', 'put', 'delete', 'patch'] as const).flatMap((method) => (item[method] ? [item[method]] : [])),
    );
    const submitMark = operations.find((o) => o.operationId === 'submitMark');
    expect(submitMark?.responses['201']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CommandAnswer' } } },
    });
    expect(submitMark?.responses['409']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/RefusalDto' } } },
    });
    // Nest's default ids look like `MarkingController_open`: a command route has a name of its own.
    const defaults = operations.filter((o) => /Controller_/.test(o.operationId ?? '')).map((o) => o.operationId);
    expect(defaults.filter((id) => /HttpController_/.test(id ?? ''))).toEqual([]);
  }, 60_000);
});
