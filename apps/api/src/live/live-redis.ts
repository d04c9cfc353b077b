import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#platform';

/**
 * This api node's Redis connection for socket.io across nodes (the streams adapter duplicates it
 * for reading); none without REDIS_URL. Creating it does not wait for Redis: the node starts and
 * serves while Redis is away, and `status` says so without a round trip.
 */
@Injectable()
export class LiveRedis implements OnApplicationShutdown {
  readonly client?: Redis;
  /** The client and the duplicates the adapter made of it (one reads the stream, one subscribes). */
  private readonly connections = new Set<Redis>();
  private readonly logger = new Logger('LiveRedis');
  private down = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.REDIS_URL) return;
    // maxRetriesPerRequest: null — during an outage a command waits for Redis instead of failing
    // (the adapter does not wait for every command it sends: see handledRejections).
    const track = (connection: Redis) => void this.connections.add(connection);
    this.client = handledRejections(new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, connectionName: 'jiangxin-live' }), track);
    this.client.on('error', (error: Error) => {
      if (!this.down)
        this.logger.warn(`Redis unreachable for socket.io across nodes (${error.message}); deltas still reach this node's spectators`);
      this.down = true;
    });
    this.client.on('ready', () => {
      if (this.down) this.logger.log('Redis reachable again for socket.io across nodes');
      this.down = false;
    });
  }

  get status(): 'up' | 'down' | 'not_configured' {
    if (!this.client) return 'not_configured';
    return this.client.status === 'ready' ? 'up' : 'down';
  }

  /**
   * Bounded: cuts every connection, also a stream read blocked on an unreachable Redis. What has not
   * reached Redis by now is the session of a disconnecting socket, which then simply joins afresh.
   */
  onApplicationShutdown(): void {
    for (const connection of this.connections) connection.disconnect();
  }
}

/**
 * The streams adapter sends some commands without waiting for them (storing the session of a
 * disconnecting socket, subscribing its duplicate client). Their failure — Redis away, or the
 * connection closed at shutdown — must not become an unhandled rejection, which stops Node: every
 * command's promise gets a handler here (callers that await it still see the error), and so do
 * those of the clients it duplicates.
 */
function handledRejections(client: Redis, track: (connection: Redis) => void): Redis {
  const proxy = new Proxy(client, {
    get(target, property) {
      if (property === 'duplicate') return (...args: Parameters<Redis['duplicate']>) => handledRejections(target.duplicate(...args), track);
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        if (result instanceof Promise) result.catch(() => undefined);
        return result;
      };
    },
  });
  track(proxy);
  return proxy;
}
