/**
 * Two api nodes with REDIS_URL share their throttle counters in Redis (a redis-server of this test's
 * own, so that stopping it disturbs no one): the login limit holds across both nodes, not per node.
 * With Redis away a login is still answered (counted per node meanwhile), never a 500.
 */
import { Redis } from 'ioredis';
import { PrivateRedis } from '../../bench/cluster-process.js';
import { Client, startServer, type TestServer } from '../support/test-server.js';

const LIMIT = 4;

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('throttle counters shared by the api nodes in Redis', () => {
  let redis: PrivateRedis;
  let nodes: TestServer[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    const config = {
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `throttle-${process.pid}`,
      RUN_WORKER: false,
      SEED_DEMO: true,
      THROTTLE_LOGIN_LIMIT: LIMIT,
      THROTTLE_LOGIN_TTL_SECONDS: 60,
    };
    nodes = [await startServer(config), await startServer(config)];
  }, 180_000);

  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.close()));
    await redis?.kill();
  }, 60_000);

  const login = (node: TestServer, username: string) =>
    new Client(node.url).post('/api/auth/login', { username, password: 'wrong-password' }).then((answer) => answer.status);

  it('counts the logins of one username on both nodes together', async () => {
    const statuses: number[] = [];
    // Alternating nodes: per-node counters would allow 2 × LIMIT attempts.
    for (let attempt = 0; attempt < LIMIT + 1; attempt++) statuses.push(await login(nodes[attempt % 2], 'organiser'));
    expect(statuses).toEqual([...Array(LIMIT).fill(401), 429]);
    expect(await login(nodes[0], 'organiser')).toBe(429);
    expect(await login(nodes[1], 'organiser')).toBe(429);
    // Another username is not held back.
    expect(await login(nodes[1], 'judge-0001')).toBe(401);
  });

  it('answers logins while Redis is away (counted per node), and shares the counters again when it is back', async () => {
    await redis.kill();
    try {
      expect(await login(nodes[0], 'away-1')).toBe(401);
      expect(await login(nodes[1], 'away-1')).toBe(401);
    } finally {
      await redis.restart();
    }
    // Both nodes count in Redis again once a round of one login on each (fresh usernames) adds two counters there.
    const keys = new Redis(redis.url);
    const counters = async () => (await keys.keys(`throttle-${process.pid}:throttle:login:*:hits`)).length;
    try {
      let round = 0;
      await until(async () => {
        round += 1;
        const before = await counters();
        await login(nodes[0], `probe-a-${round}`);
        await login(nodes[1], `probe-b-${round}`);
        return (await counters()) - before === 2;
      }, 20_000);
    } finally {
      keys.disconnect();
    }
    const shared: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 1; attempt++) shared.push(await login(nodes[attempt % 2], 'after-the-restart'));
    expect(shared).toEqual([...Array(LIMIT).fill(401), 429]);
  }, 60_000);
});
