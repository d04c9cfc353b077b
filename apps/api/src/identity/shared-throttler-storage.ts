import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { Redis } from 'ioredis';

type Increment = ThrottlerStorage['increment'];
type ThrottlerStorageRecord = Awaited<ReturnType<Increment>>;

/**
 * One hit, atomically: KEYS[1] counts the hits of the window (expires after ARGV[1] ms), KEYS[2]
 * marks a block (expires after ARGV[3] ms) set when the hits pass the limit ARGV[2]. A blocked
 * tracker's hits are not counted, and the window starts afresh after the block.
 * Answers {hits, ms left in the window, ms left in the block (≤ 0: none)}.
 */
const HIT_SCRIPT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or ARGV[2]) + 1, blocked, blocked}
end
local hits = redis.call('INCR', KEYS[1])
local window = redis.call('PTTL', KEYS[1])
if window < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  window = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, window, tonumber(ARGV[3])}
end
return {hits, window, 0}
`;

type HitCommand = (hitsKey: string, blockKey: string, ttlMs: number, limit: number, blockMs: number) => Promise<[number, number, number]>;

/**
 * Throttle counters shared by every api node, in Redis, so that two nodes do not double a limit (one
 * Lua script per hit, so that concurrent hits on several nodes count exactly). Redis away must not
 * turn a login into a 500: while it does not answer, each node counts in its own memory (the limits
 * then hold per node, as in the one-node profile) and goes back to Redis as soon as it answers.
 *
 * Not @nest-lab/throttler-storage-redis: it declares Nest ≤ 11 and ships CommonJS that requires
 * Nest 12's ES modules, which the test runner cannot load; the counting itself is this one script.
 */
export class SharedThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly redis: Redis & { jiangxinThrottleHit: HitCommand };
  private readonly local = new ThrottlerStorageService();
  private readonly logger = new Logger('Throttling');
  private degraded = false;

  constructor(
    redisUrl: string,
    /** Keys of this deployment in a shared Redis (QUEUE_PREFIX). */
    private readonly keyPrefix: string,
  ) {
    // Fail fast while Redis is away (no offline queue, no retries): the hit is then counted locally.
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 0, enableOfflineQueue: false, connectionName: 'jiangxin-throttle' });
    redis.on('error', () => undefined);
    redis.defineCommand('jiangxinThrottleHit', { numberOfKeys: 2, lua: HIT_SCRIPT });
    this.redis = redis as Redis & { jiangxinThrottleHit: HitCommand };
  }

  increment: Increment = async (key, ttl, limit, blockDuration, throttlerName) => {
    try {
      const record = await this.shared(key, ttl, limit, blockDuration, throttlerName);
      if (this.degraded) this.logger.log('Redis answers again: the nodes share their throttle counters again');
      this.degraded = false;
      return record;
    } catch (error) {
      if (!this.degraded)
        this.logger.warn(`Redis does not answer (${(error as Error).message}): throttle counters are kept per node until it does`);
      this.degraded = true;
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  };

  private async shared(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const base = `${this.keyPrefix}:throttle:${throttlerName}:${key}`;
    const [totalHits, windowMs, blockMs] = await this.redis.jiangxinThrottleHit(
      `${base}:hits`,
      `${base}:blocked`,
      ttl,
      limit,
      blockDuration,
    );
    return {
      totalHits,
      timeToExpire: Math.ceil(windowMs / 1000),
      isBlocked: blockMs > 0,
      timeToBlockExpire: Math.max(0, Math.ceil(blockMs / 1000)),
    };
  }

  onApplicationShutdown(): void {
    this.local.onApplicationShutdown();
    this.redis.disconnect();
  }
}
