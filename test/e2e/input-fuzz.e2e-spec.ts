import fc from 'fast-check';
import { io } from 'socket.io-client';
import { Client, commandId, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/**
 * Issue 16 item 2: no input answers 5xx. Every operation of the OpenAPI document is called by every
 * role (and by no one) with malformed bodies (wrong types, deep nesting, invalid JSON, other content
 * types, too large), parameters (odd path segments, repeated and nested query keys) and headers.
 * Fixed seed, a few thousand cases. Asserted: no 5xx, every 4xx says what is wrong (a message), and
 * a batch where everything was refused appended nothing to the store. The socket events get the
 * same: every malformed payload is refused with a message, never "Internal server error".
 */

const SEED = 16_2026;
/** Generated cases per operation and caller. */
const CASES_PER_CALL = Number(process.env.FUZZ_CASES_PER_CALL ?? 4);
const BATCH = 8;

interface Operation {
  method: string;
  path: string;
  parameters: Array<{ name: string; in: string }>;
  bodyFields: string[];
  multipart: boolean;
}

interface Caller {
  name: string;
  token?: string;
}

interface Case {
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  label: string;
}

const CONTESTANT_PASSWORD = 'fuzz-password-1';

const oddSegment = fc.oneof(
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom(
    '%FF',
    '%E0%A4%A',
    '..',
    '%2e%2e',
    '%00',
    'null',
    'undefined',
    '-1',
    '1e309',
    '0x10',
    '__proto__',
    'constructor',
    'x'.repeat(2000),
  ),
  fc.integer().map(String),
  fc.uuid(),
);

const oddValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
  fc.constantFrom('', 'true', 'NaN', '-0', '9'.repeat(400), '{"a":1}', '[]', '%', '\u0000', '𠀀'),
);

const jsonValue = fc.jsonValue({ maxDepth: 3 });

function deepJson(depth: number, object: boolean): string {
  return object ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function bodyFor(operation: Operation): fc.Arbitrary<{ body?: string | Uint8Array; contentType?: string; label: string }> {
  const shaped = fc
    .record(Object.fromEntries([...operation.bodyFields, 'commandId'].map((field) => [field, jsonValue])), { requiredKeys: [] })
    .chain((object) =>
      fc.constantFrom<Record<string, unknown>>(
        object,
        { ...object, commandId: commandId() },
        { ...object, unexpected: 1 },
        { ...object, __proto__: { polluted: true } },
      ),
    )
    .map((object) => ({ body: JSON.stringify(object), contentType: 'application/json', label: 'shaped' }));
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 2, arbitrary: jsonValue.map((v) => ({ body: JSON.stringify(v), contentType: 'application/json', label: 'any json' })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 20, max: 5000 }), fc.boolean())
        .map(([depth, object]) => ({ body: deepJson(depth, object), contentType: 'application/json', label: `nested ${depth}` })),
    },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ body: `{${s}`, contentType: 'application/json', label: 'bad json' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/xml',
            'application/json; charset=klingon',
          ),
          fc.string({ maxLength: 200 }),
        )
        .map(([contentType, s]) => ({
          body: contentType.startsWith('application/x-www') ? `a[b][c][d][e][f][g]=1&${encodeURIComponent(s)}=${encodeURIComponent(s)}` : s,
          contentType,
          label: contentType,
        })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({ body: `{"a":"${'x'.repeat(300 * 1024)}"}`, contentType: 'application/json', label: 'too large' }),
    },
    { weight: 1, arbitrary: fc.constant({ label: 'no body' }) },
  );
}

function casesFor(operation: Operation, caller: Caller, values: Record<string, string>, seed: number): Case[] {
  const pathParams = operation.path.match(/\{(\w+)\}/g)?.map((p) => p.slice(1, -1)) ?? [];
  const queryNames = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const arbitrary = fc.record({
    params: fc.tuple(...pathParams.map((name) => fc.oneof(fc.constant(encodeURIComponent(values[name] ?? 'x')), oddSegment))),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...queryNames, 'x', 'a[b]', 'a[0][1]'), fc.string({ maxLength: 10 })), oddValue), {
      maxLength: 4,
    }),
    body:
      operation.method === 'GET'
        ? fc.constant<{ body?: string | Uint8Array; contentType?: string; label: string }>({ label: 'get' })
        : bodyFor(operation),
    deviceId: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
    badAuth: fc.boolean(),
    language: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  });
  return fc.sample(arbitrary, { seed, numRuns: CASES_PER_CALL }).map((c) => {
    let i = 0;
    const path = operation.path.replace(/\{(\w+)\}/g, () => c.params[i++] as string);
    const query = c.query
      .map(([k, v]) => `${encodeURIComponent(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(v)}`)
      .join('&');
    const token = c.badAuth && !caller.token ? 'Bearer not.a.token' : caller.token ? `Bearer ${caller.token}` : undefined;
    const headers: Record<string, string> = {
      ...(token ? { authorization: token } : {}),
      ...(c.body.contentType ? { 'content-type': c.body.contentType } : {}),
      ...(c.deviceId !== undefined ? { 'x-device-id': headerSafe(c.deviceId) } : {}),
      ...(c.language !== undefined ? { 'accept-language': headerSafe(c.language) } : {}),
    };
    return { path, query, headers, body: c.body.body, label: c.body.label };
  });
}

const headerSafe = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');

describe('no 5xx from any input', () => {
  let server: TestServer;
  let operations: Operation[];
  let callers: Caller[];
  let values: Record<string, string>;

  beforeAll(async () => {
    server = await startServer({
      THROTTLE_PUBLIC_LIMIT: 1_000_000,
      THROTTLE_LOGIN_LIMIT: 1_000_000,
      THROTTLE_SIGNUP_LIMIT: 1_000_000,
      THROTTLE_SIGNUP_NETWORK_LIMIT: 1_000_000,
    });
    const anonymous = new Client(server.url);
    const trades = (await anonymous.get('/api/catalogue/trades')).body as Array<{ id: string }>;
    const tradeId = trades[0].id;
    const contestant = `fuzz-${Date.now()}`;
    await anonymous.post('/api/auth/sign-up', {
      commandId: commandId(),
      username: contestant,
      password: CONTESTANT_PASSWORD,
      displayName: '模糊',
    });
    const accounts: Array<[string, string, string?]> = [
      ['organiser', 'organiser'],
      ['arbitration', 'arbitration'],
      ['city_reviewer', 'reviewer-shenyang'],
      ['chief_judge', `chief-${tradeId}`],
      ['judge', `judge-${tradeId}-1`],
      ['contestant', contestant, CONTESTANT_PASSWORD],
    ];
    callers = [
      { name: 'no one' },
      ...(await Promise.all(
        accounts.map(async ([role, username, password]) => ({
          name: role,
          token: (await new Client(server.url).login(username, password)).token,
        })),
      )),
    ];
    values = { tradeId, city: 'shenyang', competitorNumber: '1', userId: `u-judge-${tradeId}-1`, entryId: `e${'x'.repeat(22)}` };
    const docs = (await anonymous.get('/api/docs-json')).body as OpenApi;
    operations = operationsOf(docs);
  }, 180_000);

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('answers every malformed request of every operation and role with a 4xx that says what is wrong, and writes nothing', async () => {
    expect(operations.length).toBeGreaterThan(60);
    const cases = operations.flatMap((operation, o) =>
      callers
        // Signing out would end the session the other cases of this caller use.
        .filter((caller) => !(operation.path === '/api/auth/sign-out' && caller.token))
        .flatMap((caller, c) => casesFor(operation, caller, values, SEED + o * 31 + c).map((one) => ({ operation, caller, ...one }))),
    );
    expect(cases.length).toBeGreaterThan(operations.length * (callers.length - 1) * CASES_PER_CALL);
    const failures: string[] = [];
    let refusals = 0;
    for (let i = 0; i < cases.length; i += BATCH) {
      const batch = cases.slice(i, i + BATCH);
      const before = await server.store.headPosition();
      const statuses = await Promise.all(
        batch.map(async (one) => {
          const what = `${one.operation.method} ${one.path}${one.query ? `?${one.query}` : ''} as ${one.caller.name} (${one.label})`;
          let status: number;
          let text: string;
          try {
            const response = await fetch(`${server.url}${one.path}${one.query ? `?${one.query}` : ''}`, {
              method: one.operation.method,
              headers: one.headers,
              body: one.operation.method === 'GET' ? undefined : one.body,
              signal: AbortSignal.timeout(15_000),
            });
            status = response.status;
            // Only a refusal's body is looked at (a live feed that follows the store never ends).
            if (status < 400) {
              await response.body?.cancel();
              text = '';
            } else text = await response.text();
          } catch (error) {
            failures.push(`${what}: no answer (${(error as Error).message})`);
            return 0;
          }
          if (status >= 500) failures.push(`${what}: ${status} ${text.slice(0, 200)}`);
          else if (status >= 400) {
            refusals++;
            let message: unknown;
            try {
              message = (JSON.parse(text) as { message?: unknown }).message;
            } catch {
              message = undefined;
            }
            if (typeof message !== 'string' || message.trim().length === 0)
              failures.push(`${what}: ${status} without a message: ${text.slice(0, 200)}`);
          }
          return status;
        }),
      );
      if (process.env.FUZZ_PROGRESS) console.log(`${i}/${cases.length} ${statuses.join(' ')}`);
      const after = await server.store.headPosition();
      if (after !== before && statuses.every((s) => s >= 400)) {
        failures.push(
          `batch ${i / BATCH}: every request was refused, yet the store went from ${before} to ${after}: ${batch.map((b) => `${b.operation.method} ${b.path}`).join(', ')}`,
        );
      }
    }
    expect(failures.slice(0, 40)).toEqual([]);
    expect(refusals).toBeGreaterThan(cases.length / 2);
  }, 300_000);

  it('refuses every malformed socket payload with a message, never an internal error', async () => {
    const payloads: unknown[] = [
      'trade:x',
      {},
      { board: 'trade:none', extra: 1 },
      { board: 42 },
      { board: 'nope' },
      [],
      null,
      42,
      JSON.parse(deepJson(200, true)),
      ...fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: SEED, numRuns: 20 }),
    ];
    const socket = io(`${server.url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const exceptions: Array<{ status?: unknown; message?: unknown }> = [];
    const unknownBoards: unknown[] = [];
    socket.on('exception', (error) => exceptions.push(error));
    socket.on('board:error', (error) => unknownBoards.push(error));
    try {
      for (const payload of payloads) {
        const before = exceptions.length + unknownBoards.length;
        socket.emit('board:join', payload);
        const deadline = Date.now() + 2000;
        while (exceptions.length + unknownBoards.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
        expect({ payload, answered: exceptions.length + unknownBoards.length > before }).toEqual({ payload, answered: true });
      }
    } finally {
      socket.close();
    }
    for (const exception of exceptions) {
      expect(exception.status).toBe(400);
      expect(String(exception.message)).not.toMatch(/internal/i);
      expect(String(exception.message).length).toBeGreaterThan(5);
    }
    expect(exceptions.length).toBeGreaterThan(payloads.length / 2);
  });
});

interface OpenApi {
  paths: Record<
    string,
    Record<string, { parameters?: Array<{ name: string; in: string }>; requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
  components?: { schemas?: Record<string, Schema> };
}
interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
}

function operationsOf(docs: OpenApi): Operation[] {
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? docs.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
  return Object.entries(docs.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const content = op.requestBody?.content ?? {};
        const schema = resolve(Object.values(content)[0]?.schema);
        return {
          method: method.toUpperCase(),
          path,
          parameters: op.parameters ?? [],
          bodyFields: Object.keys(schema?.properties ?? {}),
          multipart: 'multipart/form-data' in content,
        };
      }),
  );
}
