import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, connect, createServer } from 'node:net';
import { Client, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

describe('health, API docs and the spectator page', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('serves the OpenAPI document and the web app at /live', async () => {
    const client = new Client(server.url);
    const docs = await client.get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/trades/{tradeId}/marks', '/api/entries', '/api/catalogue/trades', '/api/health']),
    );
    // Every refusal is documented: a code from the code list, its params, on every operation's 4XX answer.
    expect(docs.body.components.schemas.Refusal.properties.code.enum).toEqual(
      expect.arrayContaining(['quota.full', 'validation.required']),
    );
    expect(docs.body.paths['/api/entries'].post.responses['4XX'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Refusal',
    });
    const page = await fetch(`${server.url}/live`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    // The web app's shell (test/browser drives the page itself in a real browser).
    expect(await page.text()).toMatch(/<div id="root">/);
  });

  it('answers every refusal with a code and its params: an unknown trade, a form with a field missing', async () => {
    const client = new Client(server.url);
    expect(await client.get('/api/catalogue/trades/no-such-trade')).toMatchObject({
      status: 404,
      body: { code: 'catalogue.unknown_trade', params: { tradeId: 'no-such-trade' }, message: 'Unknown trade no-such-trade' },
    });
    const login = await client.post('/api/auth/login', { username: 'organiser' });
    expect(login).toMatchObject({
      status: 400,
      body: {
        code: 'validation.failed',
        params: { fields: ['password'] },
        fieldRefusals: { password: expect.arrayContaining([{ code: 'validation.string', params: { field: 'password' } }]) },
      },
    });
  });

  it('answers 200 while the store answers, and 503 once it does not', async () => {
    const client = new Client(server.url);
    expect(await client.get('/api/health')).toMatchObject({ status: 200, body: { status: 'ok', store: 'up', redis: 'not_configured' } });
    await server.store.close();
    expect(await client.get('/api/health')).toMatchObject({ status: 503, body: { status: 'unavailable', store: 'down' } });
  });
});

describe('health when Redis goes away', () => {
  it('answers 503 and names Redis, then 200 once Redis is back', async () => {
    // A Redis of this test's own, on a free port, so that stopping it disturbs nothing else.
    const port = await freePort();
    const startRedis = async (): Promise<ChildProcess> => {
      const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
      await waitForPing(port);
      return redis;
    };
    const stop = async (redis: ChildProcess) => {
      if (redis.exitCode !== null || redis.signalCode !== null) return;
      const exited = new Promise((resolve) => redis.once('exit', resolve));
      redis.kill('SIGKILL');
      await exited;
    };
    let redis = await startRedis();
    const server = await startServer({ REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: `health-${process.pid}` });
    try {
      const client = new Client(server.url);
      expect(await client.get('/api/health')).toMatchObject({ status: 200, body: { redis: 'up' } });
      await stop(redis);
      expect(await client.get('/api/health')).toMatchObject({
        status: 503,
        body: { store: 'up', redis: 'down', message: 'event store up, redis down' },
      });

      redis = await startRedis();
      let answer = await client.get('/api/health');
      for (let i = 0; i < 50 && answer.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 100));
        answer = await client.get('/api/health');
      }
      expect(answer).toMatchObject({ status: 200, body: { redis: 'up' } });
    } finally {
      // Redis is up again here, so BullMQ's connections close cleanly.
      await server.close();
      await stop(redis);
      removeFilesOf(server);
    }
  }, 30_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once a Redis on the port answers PING (bounded: 5 s). */
async function waitForPing(port: number): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
      socket.once('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('+PONG'))));
      socket.once('error', () => resolve(false));
    });
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
