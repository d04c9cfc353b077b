import type { Logger } from '@nestjs/common';
import { Queue, type Worker } from 'bullmq';

const CONNECTION_ERROR = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|Connection is closed|connect ETIMEDOUT/;

/**
 * Logs a Redis outage seen by BullMQ queues and workers once when it starts and once when it ends,
 * instead of one error per reconnection attempt (and gives their `error` events a listener).
 */
export function logRedisOutages(instances: ReadonlyArray<Worker | Queue>, logger: Logger, what: string): void {
  let unreachable = false;
  const onError = (error: Error & { code?: string }) => {
    if (!CONNECTION_ERROR.test(`${error.code ?? ''} ${error.message}`)) {
      // E.g. "Missing key for job …" once Redis has lost its data: the job is dispatched again (JobDispatcher).
      logger.warn(`BullMQ error in ${what}: ${error.message}`);
    } else if (!unreachable) {
      unreachable = true;
      logger.warn(`Redis unreachable for ${what} (${error.message}); retrying until it answers`);
    }
  };
  for (const instance of instances) {
    (instance as Queue).on('error', onError);
    // The connection emits `ready` on each (re)connection.
    void instance.getBackend().client.then((client) =>
      client.on('ready', () => {
        if (!unreachable) return;
        unreachable = false;
        logger.log(`Redis reachable again for ${what}`);
      }),
    );
  }
}

/** How long a BullMQ queue or worker may take to close while Redis answers; past it, its connections are cut. */
export const QUEUE_CLOSE_GRACE_MS = 3_000;

/**
 * Closes a BullMQ queue or worker in bounded time. A close waits for Redis (a worker for its
 * running jobs' bookkeeping, every connection for its QUIT), so with Redis unreachable it would
 * never end: then the connections are cut at once, and a worker is closed by force (its running
 * jobs stall and run again). While Redis answers, the close is graceful, within the grace period.
 * A later close() of the same instance (e.g. @nestjs/bullmq's own hook) returns the same, settled promise.
 */
export async function closeBounded(closable: Worker | Queue, logger: Logger, graceMs = QUEUE_CLOSE_GRACE_MS): Promise<void> {
  const reachable = await redisAnswers(closable);
  if (!reachable) await cutConnections(closable);
  const closed = closable instanceof Queue ? closable.close() : closable.close(!reachable);
  if (await settlesWithin(closed, graceMs)) return;
  logger.warn(`BullMQ ${closable.name} did not close within ${graceMs} ms: cutting its connections`);
  await cutConnections(closable);
  await settlesWithin(closed, 1000);
}

/** Whether the instance's connection is up now (its status, not a round trip, which would wait for Redis). */
async function redisAnswers(closable: Worker | Queue): Promise<boolean> {
  let status: string | undefined;
  await settlesWithin(
    closable.getBackend().client.then((client) => (status = (client as unknown as { status?: string }).status)),
    100,
  );
  return status === 'ready';
}

/** Disconnects the instance's connections: every command waiting on them fails, so its close can finish. */
async function cutConnections(closable: Worker | Queue): Promise<void> {
  const backend = closable.getBackend();
  const clients = [backend.client, backend.blockingClient].filter((client) => client !== undefined);
  await Promise.all(clients.map((client) => settlesWithin(client.then(disconnectNow), 200)));
}

interface IoredisInternals {
  status: string;
  disconnect(): void;
  setStatus?(status: string): void;
  flushQueue?(error: Error): void;
}

/**
 * ioredis's disconnect() between two reconnection attempts only cancels the next attempt: the
 * client stays `reconnecting` and the commands waiting in its offline queue (a QUIT among them)
 * never settle (redis/ioredis#2169). Then this ends it as ioredis itself does when a connection
 * closes for good: status `end`, waiting commands failed with "Connection is closed.".
 */
function disconnectNow(client: unknown): void {
  const connection = client as IoredisInternals;
  connection.disconnect();
  if (connection.status !== 'reconnecting') return;
  connection.setStatus?.('end');
  connection.flushQueue?.(new Error('Connection is closed.'));
}

/** True once `work` settles (fulfilled or rejected), false if `ms` pass first; the work goes on, unwatched. */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = work.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}
