/**
 * Preloaded into the server by the live benchmark (`node --import …/server-probe.js main.js`): measures
 * the server's event-loop delay, RSS and CPU from inside its process, without any change to the server.
 * It talks over the IPC channel the benchmark opens: `probe:reset` starts a measurement window,
 * `probe:report` answers the window's figures. When the benchmark goes away, the server is stopped.
 * It starts only in a process whose environment has JIANGXIN_BENCH_PROBE=1 and an IPC channel.
 * With JIANGXIN_BENCH_CPU_PROF=<folder> it also profiles the main thread's CPU (V8's sampling profiler, as
 * `node --cpu-prof` does) during the window only — not the server's start and demo seeding — and writes
 * `<folder>/server-window.cpuprofile` when the window is reported.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ProbeReport {
  type: 'probe:report';
  windowMs: number;
  eventLoopDelayMs: { mean: number; p50: number; p99: number; max: number };
  rssBytes: { peakInWindow: number; now: number; peakOfProcess: number };
  heapUsedBytes: number;
  /** CPU time of the process during the window, as a share of one core. */
  cpuShareOfOneCore: number;
  /** CPU time of the process (every thread: user + system) during the window, in microseconds. */
  cpuMicros: { user: number; system: number };
  /** The window's CPU profile of the main thread, when JIANGXIN_BENCH_CPU_PROF asked for one. */
  cpuProfile?: string;
}

export type ProbeRequest = { type: 'probe:reset' } | { type: 'probe:report' };

const RSS_SAMPLE_EVERY_MS = 100;
/** The delay monitor's timer period: its samples include it, so it is subtracted from every figure. */
export const DELAY_RESOLUTION_MS = 10;

/** An event-loop delay sample in ms with the timer period taken out (a sample never goes below it). */
export const delayMs = (nanoseconds: number) => Math.max(0, Math.round(nanoseconds / 1e4) / 100 - DELAY_RESOLUTION_MS);

/** Set in the server's environment to a folder: the window is profiled (see the header). */
export const CPU_PROF_ENV = 'JIANGXIN_BENCH_CPU_PROF';

/** The V8 sampling profiler of this thread through the inspector, started and stopped with the window. */
class WindowProfiler {
  private session: Session | undefined;

  constructor(private readonly dir: string) {}

  async start(): Promise<void> {
    await this.session?.post('Profiler.stop').catch(() => undefined);
    this.session?.disconnect();
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    // 1 ms: node --cpu-prof's default sampling interval.
    await this.session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await this.session.post('Profiler.start');
  }

  async stop(): Promise<string | undefined> {
    if (!this.session) return undefined;
    const { profile } = await this.session.post('Profiler.stop');
    this.session.disconnect();
    this.session = undefined;
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, 'server-window.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    return file;
  }
}

function startProbe(send: (message: unknown) => void): void {
  const profiler = process.env[CPU_PROF_ENV] ? new WindowProfiler(process.env[CPU_PROF_ENV]) : undefined;
  const delay = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
  delay.enable();
  let windowStart = performance.now();
  let cpuAtStart = process.cpuUsage();
  let peakRss = process.memoryUsage.rss();

  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), RSS_SAMPLE_EVERY_MS);
  sampler.unref();

  const reset = () => {
    delay.reset();
    windowStart = performance.now();
    cpuAtStart = process.cpuUsage();
    peakRss = process.memoryUsage.rss();
  };

  const report = (): ProbeReport => {
    const windowMs = performance.now() - windowStart;
    const cpu = process.cpuUsage(cpuAtStart);
    return {
      type: 'probe:report',
      windowMs,
      eventLoopDelayMs: {
        mean: delayMs(delay.mean),
        p50: delayMs(delay.percentile(50)),
        p99: delayMs(delay.percentile(99)),
        max: delayMs(delay.max),
      },
      rssBytes: {
        peakInWindow: Math.max(peakRss, process.memoryUsage.rss()),
        now: process.memoryUsage.rss(),
        peakOfProcess: process.resourceUsage().maxRSS * 1024,
      },
      heapUsedBytes: process.memoryUsage().heapUsed,
      cpuShareOfOneCore: (cpu.user + cpu.system) / 1000 / windowMs,
      cpuMicros: { user: cpu.user, system: cpu.system },
    };
  };

  process.on('message', async (message: ProbeRequest) => {
    if (message?.type === 'probe:reset') {
      await profiler?.start();
      reset();
      send({ type: 'probe:reset:done' });
    } else if (message?.type === 'probe:report') {
      const figures = report();
      const cpuProfile = await profiler?.stop();
      send({ ...figures, ...(cpuProfile ? { cpuProfile } : {}) });
    }
  });
  // The benchmark is gone (finished, crashed or killed): stop the server it started, gracefully.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

/** Set by the benchmark in the server's environment: importing this file anywhere else starts nothing. */
export const PROBE_ENV = 'JIANGXIN_BENCH_PROBE';

if (process.env[PROBE_ENV] === '1' && process.send) {
  const send = process.send.bind(process);
  startProbe((message) => send(message));
}
