import { spawn } from 'node:child_process';
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

  it('serves the OpenAPI document and the live page', async () => {
    const client = new Client(server.url);
    const docs = await client.get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/trades/{tradeId}/marks', '/api/entries', '/api/catalogue/trades', '/api/health']),
    );
    const page = await fetch(`${server.url}/live`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/socket\.io/);
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
    // A Redis of this test's own, so that stopping it disturbs nothing else.
    const port = 6391;
    const startRedis = async () => {
      const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
      await new Promise((r) => setTimeout(r, 300));
      return redis;
    };
    let redis = await startRedis();
    const server = await startServer({ REDIS_URL: `redis://127.0.0.1:${port}`, QUEUE_PREFIX: `health-${process.pid}` });
    try {
      const client = new Client(server.url);
      expect(await client.get('/api/health')).toMatchObject({ status: 200, body: { redis: 'up' } });
      redis.kill('SIGTERM');
      await new Promise((resolve) => redis.once('exit', resolve));
      expect(await client.get('/api/health')).toMatchObject({ status: 503, body: { store: 'up', redis: 'down', message: 'event store up, redis down' } });

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
      redis.kill('SIGKILL');
      removeFilesOf(server);
    }
  }, 30_000);
});
