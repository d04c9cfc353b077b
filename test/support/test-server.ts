import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { io, type Socket } from 'socket.io-client';
import { SCORING_QUEUE } from '#contracts';
import { EVENT_STORE, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { createApp } from '../../apps/api/src/app.factory.js';
import { JobDispatcher } from '../../apps/worker/src/jobs/job-dispatcher.service.js';
import { ScoringJobQueue } from '../../apps/worker/src/jobs/scoring-job-queue.js';

export interface TestServer {
  url: string;
  app: INestApplication;
  store: EventStore;
  sqliteFile: string;
  /**
   * The store's head once the jobs that earlier events set off (scoring, ranking) have stopped
   * appending: what a test that expects "nothing written" compares against.
   */
  quietHead(): Promise<number>;
  close(): Promise<void>;
}

/** Random secrets shared by the distributed nodes this test process starts. */
const CLUSTER_SECRETS = { JWT_SECRET: randomBytes(32).toString('base64url'), PERSON_KEY_SECRET: randomBytes(32).toString('base64url') };

/** A real server on loopback, on its own SQLite file; `reuse` restarts on the file of an earlier one. */
export async function startServer(overrides: Partial<AppConfig> = {}, reuse?: { sqliteFile: string }): Promise<TestServer> {
  const dir = reuse ? undefined : mkdtempSync(join(tmpdir(), 'jiangxin-e2e-'));
  const sqliteFile = reuse?.sqliteFile ?? join(dir!, 'jiangxin.sqlite');
  // Nodes of the distributed profile must be given their secrets (the same on each); the embedded one generates its own.
  const distributed = overrides.DATABASE_URL || overrides.KURRENTDB_CONNECTION_STRING ? CLUSTER_SECRETS : {};
  const { app } = await createApp({ SQLITE_FILE: sqliteFile, LOG_LEVEL: 'warn', ...distributed, ...overrides });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    app,
    store: app.get(EVENT_STORE),
    sqliteFile,
    quietHead: () => quietHead(app),
    close: async () => {
      await app.close();
    },
  };
}

async function quietHead(app: INestApplication): Promise<number> {
  const store = app.get<EventStore>(EVENT_STORE);
  const config = app.get<AppConfig>(APP_CONFIG);
  // An api node without the worker's modules (RUN_WORKER=false) sets off no jobs.
  const dispatcher = config.RUN_WORKER ? app.get(JobDispatcher, { strict: false }) : undefined;
  const jobs = config.RUN_WORKER ? app.get(ScoringJobQueue, { strict: false }) : undefined;
  const bullmq = config.RUN_WORKER && config.REDIS_URL ? app.get<Queue>(getQueueToken(SCORING_QUEUE), { strict: false }) : undefined;
  // A job's result is an event that may set off another job (a result re-ranks the trade): rounds
  // until a whole round appended nothing.
  let head = await store.headPosition();
  for (let round = 0; round < 100; round++) {
    await dispatcher?.caughtUp();
    await jobs?.settled();
    while (bullmq && Object.values(await bullmq.getJobCounts('waiting', 'active', 'delayed', 'prioritized')).some((n) => n > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const now = await store.headPosition();
    if (now === head) return head;
    head = now;
  }
  throw new Error('The jobs kept appending events: the store never went quiet');
}

export const removeFilesOf = (server: { sqliteFile: string }) => rmSync(join(server.sqliteFile, '..'), { recursive: true, force: true });

/** A small HTTP client that keeps the token and returns status and body. */
export class Client {
  token?: string;
  constructor(readonly baseUrl: string) {}

  async login(username: string, password = 'jiangxin-demo'): Promise<this> {
    const { status, body } = await this.post('/api/auth/login', { username, password });
    if (status !== 200) throw new Error(`login ${username}: ${status} ${JSON.stringify(body)}`);
    this.token = (body as { accessToken: string }).accessToken;
    return this;
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body: unknown) {
    return this.request<T>('POST', path, body);
  }

  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  /** A multipart upload of one file (field `file`) with text fields beside it. */
  async upload<T = any>(path: string, file: { name: string; content: Buffer | string; type: string }, fields: Record<string, string> = {}) {
    const form = new FormData();
    form.append('file', new Blob([file.content], { type: file.type }), file.name);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
      body: form,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** A GET answered as bytes (a PDF, a workbook). */
  async download(path: string): Promise<{ status: number; type: string | null; body: Buffer }> {
    const response = await fetch(this.baseUrl + path, { headers: this.token ? { authorization: `Bearer ${this.token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}

export const commandId = () => randomUUID();

/** A spectator on /live that records everything the server sends about one board; with a token, as that user. */
export class Spectator {
  readonly socket: Socket;
  readonly snapshots: any[] = [];
  readonly deltas: any[] = [];

  constructor(url: string, token?: string) {
    this.socket = io(`${url}/live`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(token ? { auth: { token } } : {}),
    });
    this.socket.on('board:snapshot', (s) => this.snapshots.push(s));
    this.socket.on('board:delta', (d) => this.deltas.push(d));
  }

  async join(board: string): Promise<any> {
    const before = this.snapshots.length;
    this.socket.emit('board:join', { board });
    await until(() => this.snapshots.length > before);
    return this.snapshots[this.snapshots.length - 1];
  }

  close(): void {
    this.socket.close();
  }
}

export async function until(condition: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A valid resident ID number (GB 11643) for a birth date and a sequence number. */
export function residentId(birthDate: string, sequence: number): string {
  const body = `210102${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}
