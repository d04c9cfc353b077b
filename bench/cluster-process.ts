/**
 * The distributed profile on loopback, as child processes: a private redis-server on a free port
 * (so stopping it disturbs nobody else's Redis), api nodes and worker processes of the built code
 * (dist/), all on one SQLite file. Used by the multi-node e2e test and by bench:scale.
 * Every wait is bounded; every process started here is stopped by `stop()`/`kill()` (or at exit).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './server-process.js';

export { freePort };

/** The repository root: the nearest folder above this file with a package.json (from bench/ or dist/bench/). */
export const REPO_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No package.json above bench/');
    dir = parent;
  }
  return dir;
})();

const API_MAIN = join(REPO_ROOT, 'dist/apps/api/src/main.js');
const WORKER_MAIN = join(REPO_ROOT, 'dist/apps/worker/src/main.js');

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/** Every child still running when this process exits is killed (a failed test must not leave servers behind). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

// ---------------------------------------------------------------------------------------------
// The build
// ---------------------------------------------------------------------------------------------

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|html)$/.test(entry.name) && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/ is missing or older than a source file of the api, the worker or the libraries. */
export function buildIsStale(): boolean {
  if (!existsSync(API_MAIN) || !existsSync(WORKER_MAIN)) return true;
  const built = Math.min(statSync(API_MAIN).mtimeMs, statSync(WORKER_MAIN).mtimeMs);
  const sources = ['apps/api/src', 'apps/worker/src', 'libs'].map((dir) => newestSource(join(REPO_ROOT, dir)));
  return Math.max(...sources) > built;
}

/** `npm run build` when dist/ is missing or stale; fails with the compiler's output. */
export async function ensureBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (!buildIsStale()) return;
  log('Building (npm run build): dist/ is missing or older than the sources…');
  await new Promise<void>((ok, fail) =>
    execFile('npm', ['run', 'build'], { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 5 * 60_000 }, (error, stdout, stderr) =>
      error ? fail(new Error(`npm run build failed:\n${stdout}\n${stderr}`)) : ok(),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Redis
// ---------------------------------------------------------------------------------------------

/** A redis-server of our own on 127.0.0.1, without persistence: a restart loses everything, like a crash of an unprotected Redis. */
export class PrivateRedis {
  private child?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.startProcess();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Killed (SIGKILL) and started again, empty, on the same port. `downMs`: how long it stays away. */
  async restart(downMs = 0): Promise<void> {
    await this.kill();
    if (downMs > 0) await sleep(downMs);
    await this.startProcess();
  }

  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child) await killChild(child, 'SIGKILL');
  }

  private async startProcess(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    this.child = child;
    await waitForPing(this.port);
  }
}

/** Resolves once a Redis on the port answers PING (bounded: 5 s). */
async function waitForPing(port: number): Promise<void> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const answered = await new Promise<boolean>((ok) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
      socket.setTimeout(500, () => (socket.destroy(), ok(false)));
      socket.once('data', (data) => (socket.destroy(), ok(data.toString().startsWith('+PONG'))));
      socket.once('error', () => ok(false));
    });
    if (answered) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// Api nodes and workers
// ---------------------------------------------------------------------------------------------

export interface NodeOptions {
  sqliteFile: string;
  redisUrl: string;
  /** Keys of this run in Redis. */
  queuePrefix: string;
  /** Extra environment (e.g. a JWT_SECRET shared by the nodes). */
  env?: NodeJS.ProcessEnv;
}

/** One process of the built code: its recent output is kept for error messages. */
export class NodeProcess {
  private readonly output: string[] = [];
  private exit?: string;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly url?: string,
  ) {
    running.add(child);
    child.once('exit', (code, signal) => {
      running.delete(child);
      this.exit = signal ? `signal ${signal}` : `exit code ${code}`;
    });
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        for (const line of chunk.split('\n').filter(Boolean)) {
          this.output.push(line);
          if (this.output.length > 300) this.output.shift();
        }
      });
    }
  }

  /** An api node that does not run the worker's modules (RUN_WORKER=false); resolves once it is ready. */
  static async api(name: string, options: NodeOptions & { port?: number }): Promise<NodeProcess> {
    const port = options.port ?? (await freePort());
    const child = spawn(process.execPath, [API_MAIN], {
      env: { ...environment(options), HOST: '127.0.0.1', PORT: String(port), RUN_WORKER: 'false', SEED_DEMO: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const node = new NodeProcess(name, child, `http://127.0.0.1:${port}`);
    await node.waitUntil(
      async () => (await fetch(`${node.url}/api/health`, { signal: AbortSignal.timeout(2000) })).status === 200,
      60_000,
      'healthy',
    );
    return node;
  }

  /** A worker process (the scoring dispatcher and the BullMQ processors); resolves once it has started. */
  static async worker(name: string, options: NodeOptions): Promise<NodeProcess> {
    // At LOG_LEVEL=log it says when it has started.
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: { ...environment(options), LOG_LEVEL: 'log' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const node = new NodeProcess(name, child);
    await node.waitUntil(async () => node.output.some((line) => line.includes('Worker started')), 60_000, 'started');
    return node;
  }

  get exited(): boolean {
    return this.exit !== undefined;
  }

  /** CPU time (user + system) the process has used so far, in seconds; undefined where /proc is not there. */
  cpuSeconds(): number | undefined {
    try {
      // /proc/<pid>/stat: fields 14 and 15 (after the parenthesised name) are utime and stime, in clock ticks (100 per second on Linux).
      const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return undefined;
    }
  }

  /** The last lines it wrote, for a failure message. */
  tail(lines = 40): string {
    return `--- last output of ${this.name} (${this.exit ?? 'running'}) ---\n${this.output.slice(-lines).join('\n')}`;
  }

  /** SIGTERM (graceful), then SIGKILL after `graceMs`; answers how long it took to exit. */
  async stop(graceMs = 15_000): Promise<number> {
    const started = Date.now();
    await killChild(this.child, 'SIGTERM', graceMs);
    return Date.now() - started;
  }

  /** SIGKILL: a crash. */
  kill(): Promise<void> {
    return killChild(this.child, 'SIGKILL');
  }

  private async waitUntil(ready: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.exited) throw new Error(`${this.name} exited before it was ${what}\n${this.tail()}`);
      if (await ready().catch(() => false)) return;
      if (Date.now() > deadline) throw new Error(`${this.name} was not ${what} within ${timeoutMs / 1000} s\n${this.tail()}`);
      await sleep(100);
    }
  }
}

function environment(options: NodeOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_OPTIONS: '',
    SQLITE_FILE: options.sqliteFile,
    REDIS_URL: options.redisUrl,
    KURRENTDB_CONNECTION_STRING: '',
    QUEUE_PREFIX: options.queuePrefix,
    LOG_LEVEL: 'warn',
    // Every client here is 127.0.0.1: the per-address limits of a public deployment do not apply.
    THROTTLE_LOGIN_LIMIT: '1000000',
    THROTTLE_PUBLIC_LIMIT: '1000000',
    // Several workers on one machine: no metrics port each.
    METRICS_PORT: '0',
    ...options.env,
  };
}

/** Sends the signal and waits for the exit; escalates to SIGKILL after `graceMs`. */
async function killChild(child: ChildProcess, signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill(signal);
  const escalate = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(escalate);
}
