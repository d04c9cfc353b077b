/**
 * The built server as a child process of a benchmark: a fresh SQLite file, a free port on
 * 127.0.0.1, the probe preloaded (event-loop delay, RSS and CPU from inside the server), stopped at
 * the end (SIGTERM, then SIGKILL). Shared by the benchmarks; also the machine line of their reports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContestApi, sleep } from '../scripts/lib/contest-driver.js';
import { PROBE_ENV } from './server-probe.js';

/** Seeding the demo (614 accounts, each password hashed with argon2) takes minutes on a busy machine. */
const SERVER_START_TIMEOUT_MS = 300_000;

const here = dirname(fileURLToPath(import.meta.url));
const SERVER_MAIN = resolve(here, '../apps/api/src/main.js');
const PROBE = pathToFileURL(resolve(here, 'server-probe.js')).href;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

export class ServerUnderTest {
  readonly url: string;
  private readonly child: ChildProcess;
  private readonly output: string[] = [];
  private exited = false;
  private exitReason = '';
  logLines = 0;

  private constructor(port: number, env: NodeJS.ProcessEnv) {
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, ['--import', PROBE, SERVER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.child.once('exit', (code, signal) => {
      this.exited = true;
      this.exitReason = signal ? `signal ${signal}` : `exit code ${code}`;
    });
    // A send on a closed channel is reported by `probe`; keep it from crashing the benchmark.
    this.child.on('error', (error) => this.output.push(`[child process] ${error.message}`));
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => this.collect(chunk));
    }
  }

  /** Without `redisUrl`, the embedded profile: scoring jobs inline, no Redis. */
  static async start(options: { sqliteFile: string; redisUrl?: string; env?: NodeJS.ProcessEnv }): Promise<ServerUnderTest> {
    const port = await freePort();
    const env = {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      SQLITE_FILE: options.sqliteFile,
      REDIS_URL: options.redisUrl ?? '',
      KURRENTDB_CONNECTION_STRING: '',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      RUN_WORKER: 'true',
      [PROBE_ENV]: '1',
      ...options.env,
    };
    const server = new ServerUnderTest(port, env);
    await server.waitHealthy(options.redisUrl !== undefined);
    return server;
  }

  private collect(chunk: string): void {
    for (const line of chunk.split('\n').filter(Boolean)) {
      this.output.push(line);
      if (this.output.length > 200) this.output.shift();
      this.logLines += 1;
      if (this.logLines <= 20) console.error(`  [server] ${line}`);
    }
  }

  private async waitHealthy(withRedis: boolean): Promise<void> {
    const api = new ContestApi(this.url, { timeoutMs: 2000 });
    const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`The server exited at start:\n${this.output.join('\n')}`);
      try {
        const health = await api.health();
        if (health.status === 'ok' && (!withRedis || health.redis === 'up')) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`The server did not become healthy in ${SERVER_START_TIMEOUT_MS / 1000} s:\n${this.output.join('\n')}`);
  }

  /** Asks the probe preloaded in the server; answers its reply. */
  probe<T>(type: 'probe:reset' | 'probe:report', replyType: string): Promise<T> {
    return new Promise((ok, fail) => {
      if (this.exited) {
        fail(new Error(`The server has exited (${this.exitReason}); its last output:\n${this.output.slice(-30).join('\n')}`));
        return;
      }
      // A report with a CPU profile writes it first: a few seconds on a busy machine.
      const timer = setTimeout(() => fail(new Error(`The server's probe did not answer ${type}`)), 30_000);
      const onMessage = (message: { type?: string }) => {
        if (message?.type !== replyType) return;
        clearTimeout(timer);
        this.child.off('message', onMessage);
        ok(message as T);
      };
      this.child.on('message', onMessage);
      this.child.send({ type });
    });
  }

  /** SIGTERM (graceful), then SIGKILL if it has not exited within 10 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((ok) => this.child.once('exit', () => ok()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /** Last resort when this process exits abruptly. */
  killNow(signal: NodeJS.Signals = 'SIGKILL'): void {
    if (!this.exited) this.child.kill(signal);
  }
}

/** OS, CPU, cores, memory and Node: the machine line of a benchmark's report. */
export function machineDescription(): string {
  const cpus = os.cpus();
  return (
    `${os.type()} ${os.release()} ${os.arch()}, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}`
  );
}
