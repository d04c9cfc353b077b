import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Redis } from 'ioredis';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { AppConfig } from '#platform';
import { createApp } from '../../apps/api/src/app.factory.js';
import { OperationsQueues } from '../../apps/api/src/observability/queue-dashboard.js';
import { ContestApi, planTradeMarks, type PlannedMark, prepareTrades } from '../../scripts/lib/contest-driver.js';
import { Client, Spectator, until } from '../support/test-server.js';

/**
 * Operations of an api node through its HTTP surface: JSON logs with correlation ids, the
 * liveness and readiness probes, Prometheus metrics with real values, and the organisers' queue
 * dashboard (with BullMQ on the local Redis).
 */

interface LogLine {
  level: string;
  msg?: string;
  correlationId?: string;
  context?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
}

interface Node {
  url: string;
  app: INestApplication;
  store: EventStore;
  dir: string;
}

/**
 * A server on loopback on its own SQLite file; its JSON log lines go to `logs` (not to stdout).
 * nestjs-pino builds one root logger per process: the first node of this file sets the destination
 * and the level for the nodes started after it.
 */
async function startNode(overrides: Partial<AppConfig>, logs: string[]): Promise<Node> {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-ops-'));
  const { app } = await createApp(
    { SQLITE_FILE: join(dir, 'jiangxin.sqlite'), ...overrides },
    { logDestination: { write: (line: string) => void logs.push(line) } },
  );
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { url, app, store: app.get(EVENT_STORE), dir };
}

async function stopNode(node: Node): Promise<void> {
  await node.app.close();
  rmSync(node.dir, { recursive: true, force: true });
}

const parsed = (logs: string[]): LogLine[] => logs.map((line) => JSON.parse(line) as LogLine);

/** One trade with two drawn competitors, and the first marks its panel would give. */
async function tradeReadyForMarks(url: string, seed: number): Promise<{ api: ContestApi; marks: PlannedMark[] }> {
  const api = new ContestApi(url);
  const [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 2, seed });
  return { api, marks: planTradeMarks(prepared, seed) };
}

/** Posts a planned mark with this request's own headers; answers the status and the response headers. */
async function postMark(api: ContestApi, mark: PlannedMark, headers: Record<string, string> = {}) {
  const { token } = await api.login(mark.judge);
  const commandId = randomUUID();
  const response = await fetch(`${api.baseUrl}/api/trades/${mark.tradeId}/marks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ commandId, competitorNumber: mark.competitorNumber, aspectId: mark.aspectId, mark: mark.mark }),
  });
  await response.text();
  return { status: response.status, headers: response.headers, commandId };
}

/** The value of one sample in Prometheus text format, or undefined when it is not exposed. */
function sample(metrics: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of metrics.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function metricsOf(url: string, token?: string): Promise<string> {
  const response = await fetch(`${url}/api/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

describe('an api node in the default profile: logs, probes and metrics', () => {
  const logs: string[] = [];
  let node: Node;
  let api: ContestApi;
  let marks: PlannedMark[];

  beforeAll(async () => {
    // Info level, so that the lines of every request reach the captured log.
    node = await startNode({ LOG_LEVEL: 'log' }, logs);
    ({ api, marks } = await tradeReadyForMarks(node.url, 7));
  }, 60_000);

  afterAll(async () => {
    await stopNode(node);
  });

  it('answers liveness and readiness', async () => {
    const client = new Client(node.url);
    expect(await client.get('/api/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await client.get('/api/health/ready')).toMatchObject({
      status: 200,
      body: { status: 'ready', store: 'up', redis: 'not_configured', projections: 'live' },
    });
  });

  it("logs JSON lines that carry the caller's correlation id, returns it, and records it on the command's events", async () => {
    const correlationId = `e2e-${randomUUID()}`;
    const answer = await postMark(api, marks[0], { 'x-correlation-id': correlationId });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-correlation-id')).toBe(correlationId);

    const [stored] = (await node.store.readAll()).filter((e) => e.metadata.commandId === answer.commandId);
    expect(stored).toMatchObject({ type: 'MarkSubmitted', metadata: { correlationId } });

    await until(() => parsed(logs).some((l) => l.correlationId === correlationId), 5000, 'the request line');
    const line = parsed(logs).find((l) => l.correlationId === correlationId)!;
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request completed',
      req: { method: 'POST', url: `/api/trades/${marks[0].tradeId}/marks` },
      res: { statusCode: 201 },
    });
    // Headers are not logged: no access token in the logs.
    expect(logs.join('\n')).not.toContain((await api.login(marks[0].judge)).token);
  });

  it('gives a request without a correlation id a new one, on its log lines and its events alike', async () => {
    const answer = await postMark(api, marks[1]);
    expect(answer.status).toBe(201);
    const correlationId = answer.headers.get('x-correlation-id');
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const [stored] = (await node.store.readAll()).filter((e) => e.metadata.commandId === answer.commandId);
    expect(stored.metadata.correlationId).toBe(correlationId);
    await until(
      () => parsed(logs).some((l) => l.correlationId === correlationId && l.msg === 'request completed'),
      5000,
      'the request line',
    );
  });

  it('exposes HTTP latency by route template, marks accepted, sockets, event-store lag and process metrics', async () => {
    await postMark(api, marks[2]);
    const spectator = new Spectator(node.url);
    await spectator.join(`trade:${marks[0].tradeId}`);

    // Three marks were posted on this node; its read models count each once they applied it, and then
    // catch up with what the scoring jobs write after them (a lag of 0 once the node is quiet).
    let metrics = await metricsOf(node.url);
    const settled = () =>
      sample(metrics, 'jiangxin_marks_accepted_total') === 3 &&
      sample(metrics, 'jiangxin_event_store_lag_events', { subscription: 'read-models' }) === 0;
    for (let i = 0; i < 100 && !settled(); i++) {
      await new Promise((r) => setTimeout(r, 50));
      metrics = await metricsOf(node.url);
    }
    expect(sample(metrics, 'jiangxin_marks_accepted_total')).toBe(3);
    expect(
      sample(metrics, 'jiangxin_http_request_duration_seconds_count', { method: 'POST', route: '/api/auth/login', status_code: '200' }),
    ).toBeGreaterThanOrEqual(1);
    const markRoute = /route="(\/api\/trades\/:\w+\/marks)"/.exec(metrics)?.[1];
    expect(markRoute).toBeDefined();
    expect(sample(metrics, 'jiangxin_http_request_duration_seconds_count', { method: 'POST', route: markRoute!, status_code: '201' })).toBe(
      3,
    );
    expect(
      sample(metrics, 'jiangxin_http_request_duration_seconds_sum', { method: 'POST', route: markRoute!, status_code: '201' }),
    ).toBeGreaterThan(0);
    expect(sample(metrics, 'jiangxin_live_sockets')).toBe(1);
    expect(sample(metrics, 'jiangxin_event_store_lag_events', { subscription: 'read-models' })).toBe(0);
    // The scoring dispatcher runs in this process (RUN_WORKER): its lag is reported too.
    expect(sample(metrics, 'jiangxin_event_store_lag_events', { subscription: 'scoring-dispatcher' })).toBeGreaterThanOrEqual(0);
    expect(sample(metrics, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    // No id ever becomes a label value.
    expect(metrics).not.toContain(marks[0].tradeId);

    spectator.close();
    let after = await metricsOf(node.url);
    for (let i = 0; i < 100 && sample(after, 'jiangxin_live_sockets') !== 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      after = await metricsOf(node.url);
    }
    expect(sample(after, 'jiangxin_live_sockets')).toBe(0);
  }, 30_000);

  it('has no queue dashboard without Redis', async () => {
    const organiser = await new Client(node.url).login('organiser');
    expect((await organiser.post('/api/admin/dashboard-session', {})).status).toBe(404);
    expect((await fetch(`${node.url}/api/admin/queues/`)).status).toBe(404);
  });

  it('reports not ready once the store is gone, and logs the failing request with its correlation id', async () => {
    await node.store.close();
    const correlationId = `e2e-down-${randomUUID()}`;
    const ready = await fetch(`${node.url}/api/health/ready`, { headers: { 'x-correlation-id': correlationId } });
    expect(ready.status).toBe(503);
    // The projection runner may or may not have noticed yet (it checks every second).
    expect(await ready.json()).toMatchObject({
      status: 'unavailable',
      store: 'down',
      projections: expect.stringMatching(/^(unknown|stopped)$/),
    });
    // The process itself still answers: no reason to restart it.
    expect((await fetch(`${node.url}/api/health/live`)).status).toBe(200);

    await until(() => parsed(logs).some((l) => l.correlationId === correlationId), 5000, 'the failing probe line');
    const probeLine = parsed(logs).find((l) => l.correlationId === correlationId);
    expect(probeLine).toMatchObject({ level: 'warn', msg: 'request errored', res: { statusCode: 503 } });
    // No made-up stack for an answer that is only a status.
    expect(probeLine).not.toHaveProperty('err');

    // A command that fails inside the handler: the error logged there carries the request's id too.
    const commandCorrelation = `e2e-fail-${randomUUID()}`;
    const failed = await postMark(api, marks[3], { 'x-correlation-id': commandCorrelation });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    await until(() => parsed(logs).filter((l) => l.correlationId === commandCorrelation).length >= 2, 5000, 'both lines');
    const lines = parsed(logs).filter((l) => l.correlationId === commandCorrelation);
    expect(lines.map((l) => l.level)).toEqual(['error', 'warn']);
    expect(lines.map((l) => l.context ?? l.msg)).toEqual(['HttpErrorFilter', 'request errored']);
  });
});

describe('an api node with BullMQ: the queue dashboard and job times', () => {
  const logs: string[] = [];
  const METRICS_TOKEN = `metrics-${randomUUID()}`;
  const REDIS_URL = 'redis://127.0.0.1:6379';
  const QUEUE_PREFIX = `e2e-ops-${process.pid}-${Date.now()}`;
  let node: Node;

  beforeAll(async () => {
    node = await startNode({ LOG_LEVEL: 'warn', REDIS_URL, QUEUE_PREFIX, METRICS_TOKEN }, logs);
  }, 30_000);

  afterAll(async () => {
    await node.app.get(OperationsQueues).scoring.obliterate({ force: true });
    await stopNode(node);
    // What else this run left under its prefix (the queue's storage epoch, socket.io's stream).
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${QUEUE_PREFIX}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('refuses the dashboard to everyone but organisers, who get a short session cookie for it', async () => {
    const anonymous = await fetch(`${node.url}/api/admin/queues/`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { message: string }).message).toMatch(/POST \/api\/admin\/dashboard-session/);

    const reviewer = await new Client(node.url).login('reviewer-shenyang');
    expect((await reviewer.post('/api/admin/dashboard-session', {})).status).toBe(403);

    const organiser = await new Client(node.url).login('organiser');
    const session = await fetch(`${node.url}/api/admin/dashboard-session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${organiser.token}` },
    });
    expect(session.status).toBe(200);
    expect(await session.json()).toEqual({ dashboard: '/api/admin/queues/', expiresInSeconds: 900 });
    const setCookie = session.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^jiangxin_queues=[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(setCookie).toMatch(/Path=\/api\/admin\/queues/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Max-Age=900/);
    const cookie = setCookie.split(';')[0];

    const page = await fetch(`${node.url}/api/admin/queues/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Jiangxin queues');
    const queues = await fetch(`${node.url}/api/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    expect(((await queues.json()) as { queues: Array<{ name: string }> }).queues.map((q: { name: string }) => q.name)).toEqual(['scoring']);

    // An access token is not a dashboard session, even the organiser's.
    const forged = await fetch(`${node.url}/api/admin/queues/api/queues`, { headers: { cookie: `jiangxin_queues=${organiser.token}` } });
    expect(forged.status).toBe(401);
  });

  it('serves metrics only with the METRICS_TOKEN, with the wait and run times of the scoring jobs', async () => {
    expect((await fetch(`${node.url}/api/metrics`)).status).toBe(401);
    expect((await fetch(`${node.url}/api/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);

    const { api, marks } = await tradeReadyForMarks(node.url, 11);
    expect((await postMark(api, marks[0])).status).toBe(201);

    const completed = { job: 'score-contestant', outcome: 'completed' };
    let metrics = await metricsOf(node.url, METRICS_TOKEN);
    for (let i = 0; i < 200 && !(sample(metrics, 'jiangxin_scoring_job_run_seconds_count', completed)! >= 1); i++) {
      await new Promise((r) => setTimeout(r, 50));
      metrics = await metricsOf(node.url, METRICS_TOKEN);
    }
    expect(sample(metrics, 'jiangxin_scoring_job_run_seconds_count', completed)).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'jiangxin_scoring_job_wait_seconds_count', completed)).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, 'jiangxin_scoring_job_wait_seconds_sum', completed)).toBeGreaterThanOrEqual(0);
    expect(sample(metrics, 'jiangxin_scoring_job_run_seconds_bucket', { ...completed, le: '+Inf' })).toBeGreaterThanOrEqual(1);

    expect(await new Client(node.url).get('/api/health/ready')).toMatchObject({
      status: 200,
      body: { redis: 'up', projections: 'live' },
    });
  }, 60_000);
});
