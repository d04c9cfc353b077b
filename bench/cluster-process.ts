/**
 * The distributed profile on loopback, as child processes: a private redis-server and a private
 * PostgreSQL cluster on free ports (so stopping them disturbs nobody else's), api nodes and worker
 * processes of the built code (dist/), on one PostgreSQL database (or one SQLite file), optionally an
 * api node in a network namespace of its own whose link to PostgreSQL can be cut. Used by the
 * multi-node e2e test and by bench:scale.
 * Every wait is bounded; every process started here is stopped by `stop()`/`kill()` (or at exit).
 */
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
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

  private constructor(
    readonly port: number,
    /** Addresses it listens on besides 127.0.0.1 (a network namespace's link). */
    private readonly alsoOn: readonly string[],
  ) {}

  static async start(options: { alsoOn?: readonly string[] } = {}): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort(), options.alsoOn ?? []);
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
    // Protected mode answers only loopback clients: off when a network namespace's link is added (a private, test-only address).
    const addresses = ['--bind', ['127.0.0.1', ...this.alsoOn].join(' '), ...(this.alsoOn.length > 0 ? ['--protected-mode', 'no'] : [])];
    const child = spawn('redis-server', ['--port', String(this.port), ...addresses, '--save', '', '--appendonly', 'no'], {
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
// PostgreSQL
// ---------------------------------------------------------------------------------------------

const POSTGRES_BIN = process.env.POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of our own (initdb into a temporary folder, a free port), so that a test can
 * crash and restart it without disturbing anyone using the machine's server. PostgreSQL refuses to
 * run as root: as root, the cluster is made and run as the `postgres` user.
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly alsoOn: readonly string[],
  ) {}

  static available(): boolean {
    return existsSync(join(POSTGRES_BIN, 'initdb')) && existsSync(join(POSTGRES_BIN, 'pg_ctl'));
  }

  /** `alsoOn`: addresses it listens on besides 127.0.0.1, with trust for their /24 (a network namespace's link). */
  static async start(options: { alsoOn?: readonly string[] } = {}): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'jiangxin-pg-'));
    const postgres = new PrivatePostgres(dir, await freePort(), options.alsoOn ?? []);
    postgres.asOwner('chown');
    postgres.run('initdb', ['-D', postgres.dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    for (const address of postgres.alsoOn) {
      const subnet = address.replace(/\.\d+$/, '.0/24');
      appendFileSync(join(postgres.dataDir, 'pg_hba.conf'), `host all all ${subnet} trust\n`);
    }
    await postgres.start();
    return postgres;
  }

  get url(): string {
    return this.urlFor('postgres');
  }

  urlFor(database: string, host = '127.0.0.1'): string {
    return `postgresql://postgres@${host}:${this.port}/${database}`;
  }

  private get dataDir(): string {
    return join(this.dir, 'data');
  }

  async start(): Promise<void> {
    const settings = [
      `-p ${this.port}`,
      `-c listen_addresses='${['127.0.0.1', ...this.alsoOn].join(',')}'`,
      `-c unix_socket_directories='${this.dir}'`,
      '-c max_connections=150',
      '-c shared_buffers=64MB',
    ].join(' ');
    this.run('pg_ctl', ['start', '-D', this.dataDir, '-l', join(this.dir, 'postgres.log'), '-w', '-t', '60', '-o', settings]);
  }

  /** An immediate shutdown (as a crash: no checkpoint, recovery from the WAL at the next start), then a start after `downMs`. */
  async restart(downMs = 0): Promise<void> {
    this.run('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '60']);
    if (downMs > 0) await sleep(downMs);
    await this.start();
  }

  async stop(): Promise<void> {
    if (!existsSync(join(this.dataDir, 'postmaster.pid'))) return;
    this.run('pg_ctl', ['stop', '-D', this.dataDir, '-m', 'immediate', '-w', '-t', '60']);
  }

  /**
   * `pg_basebackup` of the running cluster (WAL streamed along, so the copy is consistent on its
   * own) into a folder of this cluster's; runs beside the test's own work (asynchronously).
   */
  async baseBackup(): Promise<string> {
    const target = join(this.dir, `base-backup-${Date.now()}`);
    const args = [
      '-h',
      '127.0.0.1',
      '-p',
      String(this.port),
      '-U',
      'postgres',
      '-D',
      target,
      '-X',
      'stream',
      '--checkpoint=fast',
      '--no-sync',
    ];
    await new Promise<void>((ok, fail) =>
      execFile(join(POSTGRES_BIN, 'pg_basebackup'), args, { timeout: 120_000, ...this.asOwner() }, (error, _stdout, stderr) =>
        error ? fail(new Error(`pg_basebackup failed: ${stderr || error.message}`)) : ok(),
      ),
    );
    return target;
  }

  /** A second cluster started from a base backup (moved into a private folder of its own), on a free port. */
  static async fromBaseBackup(backup: string): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'jiangxin-pg-restored-'));
    const postgres = new PrivatePostgres(dir, await freePort(), []);
    postgres.asOwner('chown');
    renameSync(backup, postgres.dataDir);
    await postgres.start();
    return postgres;
  }

  async remove(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The server's log, for a failure message. */
  tail(lines = 30): string {
    try {
      return readFileSync(join(this.dir, 'postgres.log'), 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  private run(tool: string, args: string[]): void {
    execFileSync(join(POSTGRES_BIN, tool), args, { stdio: 'pipe', timeout: 90_000, ...this.asOwner() });
  }

  /** As root: the `postgres` user owns the folder and runs the tools. */
  private asOwner(chown?: 'chown'): { uid?: number; gid?: number } {
    if (process.getuid?.() !== 0) return {};
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    if (chown) chownSync(this.dir, uid, gid);
    return { uid, gid };
  }
}

// ---------------------------------------------------------------------------------------------
// A network namespace for one api node
// ---------------------------------------------------------------------------------------------

/**
 * A network namespace joined to this host by two veth pairs: one carries the node's traffic to
 * PostgreSQL, the other everything else (HTTP, socket.io, Redis). Cutting the first (its host end
 * taken down) leaves the node up and reachable but without its database, as a broken link or a
 * firewall would: packets are dropped silently, nothing answers "refused". Needs root and iproute2.
 */
export class NetworkNamespace {
  private constructor(
    readonly name: string,
    /** The node's address on the PostgreSQL link, and the host's (PostgreSQL listens there). */
    readonly databaseHost: string,
    /** The host's address on the other link (Redis listens there), and the node's (it serves HTTP there). */
    readonly serviceHost: string,
    readonly nodeAddress: string,
  ) {}

  /** Whether this machine lets us make one (root, `ip netns`, veth). */
  static available(): boolean {
    if (process.getuid?.() !== 0) return false;
    const probe = `jxprobe${process.pid % 10000}`;
    try {
      execFileSync('ip', ['netns', 'add', probe], { stdio: 'pipe' });
      execFileSync('ip', ['netns', 'del', probe], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  }

  /** Addresses from the pid, so that parallel runs do not collide. */
  static addressesFor(pid = process.pid): { databaseHost: string; serviceHost: string; nodeAddress: string; databaseNode: string } {
    const a = 16 + (pid % 200);
    const b = (pid >> 8) % 250;
    return {
      databaseHost: `10.${a}.${b}.1`,
      databaseNode: `10.${a}.${b}.2`,
      serviceHost: `10.${a + 1}.${b}.1`,
      nodeAddress: `10.${a + 1}.${b}.2`,
    };
  }

  static create(): NetworkNamespace {
    const { databaseHost, databaseNode, serviceHost, nodeAddress } = NetworkNamespace.addressesFor();
    const id = process.pid % 100000;
    const ns = new NetworkNamespace(`jx${id}`, databaseHost, serviceHost, nodeAddress);
    const ip = (...args: string[]) => execFileSync('ip', args, { stdio: 'pipe' });
    ip('netns', 'add', ns.name);
    try {
      for (const [link, host, node] of [
        [ns.databaseLink, databaseHost, databaseNode],
        [ns.serviceLink, serviceHost, nodeAddress],
      ] as const) {
        ip('link', 'add', `${link}h`, 'type', 'veth', 'peer', 'name', `${link}n`);
        ip('link', 'set', `${link}n`, 'netns', ns.name);
        ip('addr', 'add', `${host}/24`, 'dev', `${link}h`);
        ip('link', 'set', `${link}h`, 'up');
        ip('netns', 'exec', ns.name, 'ip', 'addr', 'add', `${node}/24`, 'dev', `${link}n`);
        ip('netns', 'exec', ns.name, 'ip', 'link', 'set', `${link}n`, 'up');
      }
      ip('netns', 'exec', ns.name, 'ip', 'link', 'set', 'lo', 'up');
    } catch (error) {
      ns.remove();
      throw error;
    }
    return ns;
  }

  private get databaseLink(): string {
    return `${this.name}d`;
  }

  private get serviceLink(): string {
    return `${this.name}s`;
  }

  /** The command line that runs `argv` inside the namespace (same pid: `ip netns exec` execs it). */
  wrap(argv: string[]): string[] {
    return ['ip', 'netns', 'exec', this.name, ...argv];
  }

  /** Cuts the node's link to PostgreSQL (packets dropped silently), or restores it. */
  setDatabaseLink(up: boolean): void {
    execFileSync('ip', ['link', 'set', `${this.databaseLink}h`, up ? 'up' : 'down'], { stdio: 'pipe' });
  }

  remove(): void {
    for (const link of [this.databaseLink, this.serviceLink]) {
      try {
        execFileSync('ip', ['link', 'del', `${link}h`], { stdio: 'pipe' });
      } catch {
        // not made, or gone with the namespace
      }
    }
    try {
      execFileSync('ip', ['netns', 'del', this.name], { stdio: 'pipe' });
    } catch {
      // not made
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Api nodes and workers
// ---------------------------------------------------------------------------------------------

export interface NodeOptions {
  /** One of the two: the SQLite file every node opens, or the PostgreSQL database (DATABASE_URL). */
  sqliteFile?: string;
  databaseUrl?: string;
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

  /**
   * An api node that does not run the worker's modules (RUN_WORKER=false); resolves once it is
   * ready. In `namespace`, it serves on the namespace's address (the options' URLs must reach the host from there).
   */
  static async api(
    name: string,
    options: NodeOptions & { port?: number; namespace?: NetworkNamespace; readyWithinMs?: number; nodeArgs?: string[] },
  ): Promise<NodeProcess> {
    const port = options.port ?? (await freePort());
    const host = options.namespace?.nodeAddress ?? '127.0.0.1';
    const argv = [process.execPath, ...(options.nodeArgs ?? []), API_MAIN];
    const [command, ...args] = options.namespace ? options.namespace.wrap(argv) : argv;
    const child = spawn(command, args, {
      env: { ...environment(options), HOST: host, PORT: String(port), RUN_WORKER: 'false', SEED_DEMO: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const node = new NodeProcess(name, child, `http://${host}:${port}`);
    await node.waitUntil(
      async () => (await fetch(`${node.url}/api/health`, { signal: AbortSignal.timeout(2000) })).status === 200,
      options.readyWithinMs ?? 60_000,
      'healthy',
    );
    return node;
  }

  /** A worker process (the scoring dispatcher and the BullMQ processors); resolves once it has started. */
  static async worker(name: string, options: NodeOptions & { readyWithinMs?: number }): Promise<NodeProcess> {
    // At LOG_LEVEL=log it says when it has started.
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: { ...environment(options), LOG_LEVEL: 'log' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const node = new NodeProcess(name, child);
    await node.waitUntil(
      async () => node.output.some((line) => line.includes('Worker started')),
      options.readyWithinMs ?? 60_000,
      'started',
    );
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

  /** Exits the process normally on SIGUSR2 (node args for `api`): a --cpu-prof profile is written only at a normal exit. */
  static readonly EXIT_ON_SIGUSR2 = ['--import', "data:text/javascript,process.on('SIGUSR2',()=>process.exit(0))"];

  /** Sends SIGUSR2 (see EXIT_ON_SIGUSR2) and waits for the exit. */
  exitNormally(): Promise<void> {
    return killChild(this.child, 'SIGUSR2', 30_000);
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

const CLUSTER_SECRETS = { JWT_SECRET: randomBytes(32).toString('base64url'), PERSON_KEY_SECRET: randomBytes(32).toString('base64url') };

function environment(options: NodeOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_OPTIONS: '',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { SQLITE_FILE: options.sqliteFile, DATABASE_URL: '' }),
    // The nodes of one cluster share their secrets (the distributed profile has no default).
    JWT_SECRET: process.env.JWT_SECRET || CLUSTER_SECRETS.JWT_SECRET,
    PERSON_KEY_SECRET: process.env.PERSON_KEY_SECRET || CLUSTER_SECRETS.PERSON_KEY_SECRET,
    REDIS_URL: options.redisUrl,
    KURRENTDB_CONNECTION_STRING: '',
    QUEUE_PREFIX: options.queuePrefix,
    LOG_LEVEL: 'warn',
    // Every client here is 127.0.0.1: the per-address limits of a public deployment do not apply.
    THROTTLE_LOGIN_LIMIT: '1000000',
    THROTTLE_PUBLIC_LIMIT: '1000000',
    THROTTLE_SIGNUP_LIMIT: '1000000',
    THROTTLE_SIGNUP_NETWORK_LIMIT: '1000000',
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
