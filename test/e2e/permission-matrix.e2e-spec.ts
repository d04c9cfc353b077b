import { randomUUID } from 'node:crypto';
import { ModulesContainer } from '@nestjs/core';
import { GATEWAY_METADATA, GATEWAY_OPTIONS, MESSAGE_MAPPING_METADATA, MESSAGE_METADATA } from '@nestjs/websockets/constants.js';
import { io } from 'socket.io-client';
import { type Access, HTTP_PERMISSIONS, httpKey, SOCKET_PERMISSIONS, socketKey } from '../../apps/api/src/identity/permissions.js';
import { demoEmployers } from '#demo';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * The permission matrix: every HTTP endpoint of the OpenAPI document and every socket event of the
 * gateways, called by every role (and by no one), must be allowed or refused exactly as the table in
 * apps/api/src/identity/permissions.ts says. Allowed means "not 401/403" (a call may still be 4xx
 * for its empty body or made-up ids); refused means 401 without a login and 403 with the wrong role.
 * The endpoints are discovered, not listed: a new endpoint without a row fails the first test,
 * which prints the rows to add.
 */

interface Endpoint {
  method: string;
  /** Express style: `/api/trades/:tradeId/marks`. */
  template: string;
}

interface Caller {
  name: string;
  role: string | undefined;
  client: Client;
}

const NO_ONE = 'no one';
const CONTESTANT_PASSWORD = 'matrix-password';
const passwordOf = (username: string) => (username.startsWith('matrix-') ? CONTESTANT_PASSWORD : 'jiangxin-demo');

describe('permission matrix', () => {
  let server: TestServer;
  let endpoints: Endpoint[];
  let callers: Caller[];
  let tradeId: string;
  let socketEvents: Array<{ namespace: string; event: string }>;

  beforeAll(async () => {
    // With Redis, so that the endpoints of the distributed profile (queue dashboard) are there too.
    server = await startServer({ REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: `matrix-${process.pid}` });
    const anonymous = new Client(server.url);
    const trades = (await anonymous.get('/api/catalogue/trades')).body as Array<{ id: string }>;
    // Judges and the chief judge of this trade; path parameters name it, so they stay within their scope.
    tradeId = trades[0].id;
    const contestant = `matrix-${Date.now()}`;
    const signUp = await anonymous.post('/api/auth/sign-up', {
      commandId: commandId(),
      username: contestant,
      password: CONTESTANT_PASSWORD,
      displayName: '测试选手',
    });
    expect(signUp.status).toBe(201);
    const accounts: Array<[string, string]> = [
      ['organiser', 'organiser'],
      ['arbitration', 'arbitration'],
      ['city_reviewer', 'reviewer-shenyang'],
      ['chief_judge', `chief-${tradeId}`],
      ['judge', `judge-${tradeId}-1`],
      ['contestant', contestant],
    ];
    callers = [
      { name: NO_ONE, role: undefined, client: anonymous },
      ...(await Promise.all(
        accounts.map(async ([role, username]) => ({
          name: `${role} (${username})`,
          role,
          client: await new Client(server.url).login(username, passwordOf(username)),
        })),
      )),
    ];

    const docs = (await anonymous.get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    endpoints = Object.entries(docs.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase(), template: path.replace(/\{(\w+)\}/g, ':$1') })),
    );
    socketEvents = gatewayEvents(server);
  }, 60_000);

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('has a row for every endpoint and socket event, and no row for one that does not exist', () => {
    const missing = endpoints.filter((e) => !(httpKey(e.method, e.template) in HTTP_PERMISSIONS));
    const missingEvents = socketEvents.filter((e) => !(socketKey(e.namespace, e.event) in SOCKET_PERMISSIONS));
    const rows = [
      ...missing.map((e) => `  '${httpKey(e.method, e.template)}': [/* the roles allowed, or 'public' */],`),
      ...missingEvents.map((e) => `  '${socketKey(e.namespace, e.event)}': [/* the roles allowed, or 'public' */],`),
    ];
    if (rows.length > 0) {
      throw new Error(
        `${rows.length} endpoint(s) or socket event(s) have no row in apps/api/src/identity/permissions.ts and are refused to everyone. ` +
          `Add (HTTP_PERMISSIONS / SOCKET_PERMISSIONS):\n${rows.join('\n')}`,
      );
    }

    const routed = new Set([...endpoints.map((e) => httpKey(e.method, e.template)), ...expressRoutes(server)]);
    const stale = Object.keys(HTTP_PERMISSIONS).filter((key) => !routed.has(key));
    const staleEvents = Object.keys(SOCKET_PERMISSIONS).filter((key) => !socketEvents.some((e) => socketKey(e.namespace, e.event) === key));
    expect({ staleRows: [...stale, ...staleEvents] }).toEqual({ staleRows: [] });
  });

  it('allows or refuses every HTTP endpoint for every role exactly as the table says', async () => {
    const mismatches: string[] = [];
    const calls = endpoints
      .filter((e) => httpKey(e.method, e.template) in HTTP_PERMISSIONS)
      .flatMap((endpoint) => callers.map((caller) => ({ endpoint, caller })));
    await inBatches(calls, 8, async ({ endpoint, caller }) => {
      const access = HTTP_PERMISSIONS[httpKey(endpoint.method, endpoint.template)];
      const client = endpoint.template === '/api/auth/sign-out' && caller.role ? await freshLogin(caller) : caller.client;
      const response = await fetch(server.url + fill(endpoint.template), {
        method: endpoint.method,
        headers: {
          ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
          ...(endpoint.method === 'GET' ? {} : { 'content-type': 'application/json' }),
        },
        body: endpoint.method === 'GET' ? undefined : '{}',
      });
      const text = await response.text();
      const expected = expectation(access, caller.role);
      if (!agrees(expected, response.status)) {
        mismatches.push(
          `${endpoint.method} ${endpoint.template} as ${caller.name}: expected ${expected}, got ${response.status} ${text.slice(0, 160)}`,
        );
      }
    });
    expect(mismatches).toEqual([]);
    expect(calls.length).toBeGreaterThan(callers.length * 40);
  });

  it('allows or refuses every socket event for every role exactly as the table says', async () => {
    expect(socketEvents.length).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const caller of callers) {
      for (const { namespace, event } of socketEvents) {
        const access = SOCKET_PERMISSIONS[socketKey(namespace, event)];
        if (access === undefined) continue; // reported by the first test
        const refusal = await emitAs(server.url, namespace, event, caller.client.token);
        const expected = expectation(access, caller.role);
        if (!agrees(expected, refusal ?? 200))
          mismatches.push(`${namespace} ${event} as ${caller.name}: expected ${expected}, got ${refusal ?? 'allowed'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('enforces socket rows too: narrowed to a role for this test, or without a row', async () => {
    // Every event of the gateways is public today; the table is read at each event, so narrowing a row shows the refusals.
    const table = SOCKET_PERMISSIONS as Record<string, Access>;
    const key = socketKey('/live', 'board:join');
    const original = table[key];
    const organiser = callers.find((c) => c.role === 'organiser')!;
    const judge = callers.find((c) => c.role === 'judge')!;
    try {
      table[key] = ['organiser'];
      expect(await emitAs(server.url, '/live', 'board:join', undefined)).toBe(401);
      expect(await emitAs(server.url, '/live', 'board:join', judge.client.token)).toBe(403);
      expect(await emitAs(server.url, '/live', 'board:join', organiser.client.token)).toBeUndefined();
      delete table[key];
      expect(await emitAs(server.url, '/live', 'board:join', organiser.client.token)).toBe(403);
    } finally {
      table[key] = original;
    }
  });

  it('refuses an endpoint as the table says also with a token that is not valid', async () => {
    const forged = new Client(server.url);
    forged.token = 'not-a-token';
    expect((await forged.get('/api/reports/registration')).status).toBe(401);
    expect((await forged.get('/api/catalogue/trades')).status).toBe(200);
  });

  describe('scopes: each account acts for what it serves only', () => {
    const entryOf = (name: string, city: string, sequence: number, trade = tradeId) => ({
      commandId: commandId(),
      tradeId: trade,
      name,
      idNumber: residentId('1992-02-02', sequence),
      phone: `1350013${String(sequence).padStart(4, '0')}`,
      employer: {
        name: demoEmployers[sequence % demoEmployers.length].name,
        creditCode: demoEmployers[sequence % demoEmployers.length].creditCode,
        techBased: false,
      },
      city,
      skillLevel: 'level-4',
    });

    it("keeps a city reviewer to its own city's entries", async () => {
      const shenyang = callers.find((c) => c.role === 'city_reviewer')!.client;
      const dalian = await new Client(server.url).login('reviewer-dalian');
      const entered = await shenyang.post('/api/entries', entryOf('沈阳选手', 'shenyang', 51));
      expect(entered.status).toBe(201);
      const { entryId } = entered.body;
      const approval = await dalian.post(`/api/entries/${entryId}/city-approval`, { commandId: commandId() });
      expect(approval.status).toBe(403);
      expect(approval.body.message).toMatch(/belongs to shenyang, not dalian/);
      expect((await dalian.post(`/api/entries/${entryId}/city-rejection`, { commandId: commandId(), reason: 'x' })).status).toBe(403);
      expect((await dalian.post('/api/entries', entryOf('大连代报', 'shenyang', 52))).status).toBe(403);
      expect((await dalian.get(`/api/entries/${entryId}`)).status).toBe(404);
      expect(((await dalian.get('/api/entries?city=shenyang')).body as Array<{ city: string }>).every((e) => e.city === 'dalian')).toBe(
        true,
      );
      expect((await shenyang.post(`/api/entries/${entryId}/city-approval`, { commandId: commandId() })).status).toBe(200);
    });

    it('keeps judges and chief judges to the trades they serve', async () => {
      const otherTrade = ((await callers[0].client.get('/api/catalogue/trades')).body as Array<{ id: string }>)[1].id;
      const judge = callers.find((c) => c.role === 'judge')!.client;
      const chief = callers.find((c) => c.role === 'chief_judge')!.client;
      const marked = await judge.post(`/api/trades/${otherTrade}/marks`, {
        commandId: commandId(),
        competitorNumber: 1,
        aspectId: 'a',
        mark: 1,
      });
      expect(marked.status).toBe(403);
      expect(marked.body.message).toMatch(new RegExp(`not a judge on the panel of ${otherTrade}`));
      expect((await judge.get(`/api/trades/${otherTrade}/competitors`)).status).toBe(403);
      expect((await chief.post(`/api/trades/${otherTrade}/check-ins`, { commandId: commandId(), competitorNumber: 1 })).status).toBe(403);
      expect((await chief.get(`/api/history/marks/${otherTrade}/1/a`)).status).toBe(403);
      // Their own trade: past the guard (no competitor is drawn yet, so the trade answers for itself).
      expect((await judge.get(`/api/trades/${tradeId}/competitors`)).status).toBe(200);
    });

    it('shows a contestant their own entry only', async () => {
      const mine = callers.find((c) => c.role === 'contestant')!.client;
      const other = `matrix-other-${Date.now()}`;
      await new Client(server.url).post('/api/auth/sign-up', {
        commandId: commandId(),
        username: other,
        password: CONTESTANT_PASSWORD,
        displayName: '另一选手',
      });
      const stranger = await new Client(server.url).login(other, CONTESTANT_PASSWORD);
      const entered = await mine.post('/api/entries', entryOf('本人', 'anshan', 53));
      expect(entered.status).toBe(201);
      expect((await mine.get('/api/entries/mine')).body.entryId).toBe(entered.body.entryId);
      expect((await mine.get(`/api/entries/${entered.body.entryId}`)).status).toBe(200);
      expect((await stranger.get(`/api/entries/${entered.body.entryId}`)).status).toBe(404);
      expect((await stranger.get('/api/entries/mine')).status).toBe(404);
      expect((await stranger.post(`/api/entries/${entered.body.entryId}/withdrawal`, { commandId: commandId() })).status).toBe(403);
      expect((await stranger.get('/api/entries')).status).toBe(403);
    });
  });

  /** A session of its own, for an endpoint that ends the caller's session. */
  function freshLogin(caller: Caller): Promise<Client> {
    const username = caller.name.slice(caller.name.indexOf('(') + 1, -1);
    return new Client(server.url).login(username, passwordOf(username));
  }

  /** Path parameters: the judges' own trade, and made-up ids elsewhere (a 404 is "allowed"). */
  function fill(template: string): string {
    const values: Record<string, string> = {
      tradeId,
      entryId: `e${'x'.repeat(22)}`,
      competitorNumber: '1',
      userId: `u-judge-${tradeId}-1`,
      city: 'shenyang',
    };
    return template.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? (/Id$/.test(name) ? randomUUID() : 'x')));
  }
});

type Expected = 'allowed' | 'refused 401' | 'refused 403';

function expectation(access: Access, role: string | undefined): Expected {
  if (access === 'public') return 'allowed';
  if (role === undefined) return 'refused 401';
  return (access as readonly string[]).includes(role) ? 'allowed' : 'refused 403';
}

const agrees = (expected: Expected, status: number) =>
  expected === 'allowed' ? status !== 401 && status !== 403 : status === Number(expected.slice(-3));

/** The socket events the gateways subscribe to, from Nest's own metadata. */
function gatewayEvents(server: TestServer): Array<{ namespace: string; event: string }> {
  const events: Array<{ namespace: string; event: string }> = [];
  for (const module of server.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!type || typeof type !== 'function' || !Reflect.getMetadata(GATEWAY_METADATA, type)) continue;
      const namespace = (Reflect.getMetadata(GATEWAY_OPTIONS, type) as { namespace?: string } | undefined)?.namespace ?? '/';
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler: unknown = Object.getOwnPropertyDescriptor(type.prototype, name)?.value; // not getters
        if (typeof handler === 'function' && Reflect.getMetadata(MESSAGE_MAPPING_METADATA, handler)) {
          events.push({ namespace, event: Reflect.getMetadata(MESSAGE_METADATA, handler) as string });
        }
      }
    }
  }
  return events;
}

/** Every route Express knows, as table keys (endpoints left out of the OpenAPI document too). */
function expressRoutes(server: TestServer): string[] {
  const express = server.app.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  return express.router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((m) => m !== '_all')
          .map((m) => httpKey(m, layer.route!.path))
      : [],
  );
}

/** Emits an event as a caller; the status of a refusal (401/403), or undefined when it was not refused. */
async function emitAs(url: string, namespace: string, event: string, token: string | undefined): Promise<number | undefined> {
  const socket = io(`${url}${namespace}`, { transports: ['websocket'], reconnection: false, forceNew: true, auth: token ? { token } : {} });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const refused = new Promise<number | undefined>((resolve) =>
      socket.on('exception', (error: { status?: unknown }) => {
        if (error?.status === 401 || error?.status === 403) resolve(error.status);
      }),
    );
    const answered = socket
      .timeout(400)
      .emitWithAck(event, { board: 'trade:none' })
      .then(
        () => undefined,
        () => undefined,
      );
    return await Promise.race([refused, answered.then(() => new Promise<undefined>((r) => setTimeout(() => r(undefined), 100)))]);
  } finally {
    socket.close();
  }
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}
