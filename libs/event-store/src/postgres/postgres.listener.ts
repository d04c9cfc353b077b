import pg from 'pg';
import { connectionConfig, type PostgresConnectionOptions } from './postgres.pool.js';

/** While connected, the LISTEN connection is checked this often: a cut link is noticed in about this long. */
const CHECK_EVERY_MS = 5_000;
const RECONNECT_DELAY_MS = 250;
const MAX_RECONNECT_DELAY_MS = 5_000;

/**
 * A dedicated connection that LISTENs on one channel and calls `onNotify` for each notification. It
 * reconnects by itself with backoff when the connection fails or the server restarts, and checks the
 * connection with a query every few seconds (a cut link gives no error on an idle socket). Every
 * (re)connection also calls `onNotify`, since notifications sent while it was away are lost.
 */
export class PostgresListener {
  private client?: pg.Client;
  private stopped = false;
  private failures = 0;
  private timer?: NodeJS.Timeout;
  connected = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    private readonly onNotify: (payload: string | undefined) => void,
    private readonly options: PostgresConnectionOptions = {},
  ) {}

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      ...connectionConfig(this.connectionString, { ...this.options, queryTimeoutMs: 3_000 }),
      application_name: 'jiangxin-listen',
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify(message.payload);
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.client !== client) return void client.end().catch(() => undefined);
      this.connected = true;
      this.failures = 0;
      this.onNotify(undefined);
      this.scheduleCheck(client);
    } catch (error) {
      this.lost(client, error as Error);
    }
  }

  private scheduleCheck(client: pg.Client): void {
    this.timer = setTimeout(() => {
      client.query('SELECT 1').then(
        () => this.client === client && this.scheduleCheck(client),
        (error: Error) => this.lost(client, error),
      );
    }, CHECK_EVERY_MS);
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.connected = false;
    clearTimeout(this.timer);
    // end() does not wait for a dead socket; errors of the old client are ignored from here on.
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.failures += 1;
    this.options.onConnectionError?.(error);
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, RECONNECT_DELAY_MS * 2 ** (this.failures - 1));
    this.timer = setTimeout(() => void this.connect(), delay);
  }
}
