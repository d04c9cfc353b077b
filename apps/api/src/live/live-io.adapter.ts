import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { LiveRedis } from './live-redis.js';

/** How long a disconnected socket's session (its id, rooms and data) waits to be resumed, on any node. */
export const RECOVERY_WINDOW_MS = 30_000;

/**
 * socket.io for the live boards, with connection state recovery on. With Redis configured, the
 * nodes share `@socket.io/redis-streams-adapter`: a Redis stream that every node reads (it resumes
 * reading after a Redis drop), and the sessions of disconnected sockets, so a spectator that
 * reconnects to another node within the window resumes its session there.
 *
 * What goes through the adapter and what does not: board deltas come from each node's own read
 * models, identical on every node (same events in the same order), so each node sends them to its
 * own sockets only (`server.local`); sending them through Redis would deliver each one once per
 * node. Everything else a node emits to a room (the `board:joined` answer, which gives the socket
 * its offset in the stream) goes through the adapter.
 */
export class LiveIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly redis: LiveRedis,
    /** Keys and channels of this deployment in a shared Redis (QUEUE_PREFIX). */
    private readonly keyPrefix: string,
  ) {
    super(app);
  }

  // Typed from IoAdapter: @nestjs/platform-socket.io brings its own copy of socket.io, which this server is.
  override createIOServer(port: number, options?: Parameters<IoAdapter['createIOServer']>[1]): ReturnType<IoAdapter['createIOServer']> {
    const server = super.createIOServer(port, {
      ...options,
      // Middlewares run again on a resumed connection: they may check what the first one did not.
      connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: false },
    } as Parameters<IoAdapter['createIOServer']>[1]);
    if (this.redis.client) {
      server.adapter(
        createAdapter(this.redis.client, {
          streamName: `${this.keyPrefix}:socket.io`,
          channelPrefix: `${this.keyPrefix}:socket.io`,
          sessionKeyPrefix: `${this.keyPrefix}:socket.io:session:`,
          // Only joins and other rare emits go through the stream; enough to outlive the recovery window.
          maxLen: 100_000,
          // Reads block at most this long, so a closing node's reader stops soon.
          blockTimeInMs: 1000,
          onlyPlaintext: true,
        }),
      );
    }
    return server;
  }
}
