import pg from 'pg';
import { EventStoreUnavailableError } from '../event-store.port.js';

export interface PostgresConnectionOptions {
  /** Connections per process (appends use one at a time; reads and subscriptions share the rest). */
  poolSize?: number;
  /**
   * A query that has no answer after this long fails (the store is then unavailable: 503), instead
   * of waiting for TCP to notice a cut link, which takes minutes.
   */
  queryTimeoutMs?: number;
  /** Reports errors of idle connections (the pool replaces them); without it they are ignored. */
  onConnectionError?: (error: Error) => void;
}

const INT8 = 20;
const TIMESTAMPTZ = 1184;
const parseTimestamp = pg.types.getTypeParser(TIMESTAMPTZ);

/**
 * Types as the port gives them: positions (bigint) as numbers, which holds up to 2^53 events, and
 * timestamps as ISO 8601 strings.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8) return Number;
    if (oid === TIMESTAMPTZ) return (value: string) => (parseTimestamp(value) as Date).toISOString();
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** Settings of every connection the stores open: bounded waits everywhere, so that a lost server or link turns into errors, never hangs. */
export function connectionConfig(connectionString: string, options: PostgresConnectionOptions): pg.ClientConfig {
  const queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
  return {
    connectionString,
    types,
    connectionTimeoutMillis: 5_000,
    query_timeout: queryTimeoutMs,
    statement_timeout: queryTimeoutMs,
    // A node cut off in the middle of an append must not hold the append lock for every other node:
    // the server ends a session that stays idle inside a transaction (ours never do, for more than a round trip).
    idle_in_transaction_session_timeout: 5_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 5_000,
    application_name: 'jiangxin',
  };
}

export function postgresPool(connectionString: string, options: PostgresConnectionOptions = {}): pg.Pool {
  const pool = new pg.Pool({ ...connectionConfig(connectionString, options), max: options.poolSize ?? 10, idleTimeoutMillis: 30_000 });
  // An idle connection that the server or the network drops must not become an uncaught 'error' event.
  pool.on('error', (error) => options.onConnectionError?.(error));
  return pool;
}

/**
 * Connection failures, timeouts, a server shutting down or starting up: SQLSTATE classes 08
 * (connection), 28 (credentials refused), 53 (resources), 57 (operator intervention: admin shutdown,
 * cannot connect now, query canceled by statement_timeout), 40001/40P01 (serialisation, deadlock),
 * 25P03 (idle in transaction timeout), 55P03 (lock not available), 55000 (the database does not
 * accept connections), 3D000 (no such database); and the client's own errors, which have no SQLSTATE.
 */
export function isUnavailable(error: unknown): boolean {
  // Not `instanceof Error`: errors of Node's own sockets may come from another realm (a test runner's VM).
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|28|53|57|40001|40P01|25P03|55P03|55000|3D000)/.test(code);
  return (
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN/.test(String(code ?? '')) ||
    /timeout|terminated|not queryable|Client was closed|Cannot use a pool after calling end/i.test(String(message))
  );
}

/** Runs a query; a server that cannot be reached or answer becomes EventStoreUnavailableError (HTTP 503), anything else passes through. */
export async function guarded<T>(work: () => Promise<T>, what: string, closed: () => boolean = () => false): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error) || closed()) {
      throw new EventStoreUnavailableError(`${what} unavailable: ${String((error as Error)?.message ?? error)}`, { cause: error });
    }
    throw error;
  }
}
