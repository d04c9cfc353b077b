/**
 * Preloaded into the server by the live benchmark (`node --import …/server-probe.js main.js`): measures
 * the server's event-loop delay, RSS and CPU from inside its process, without any change to the server.
 * It talks over the IPC channel the benchmark opens: `probe:reset` starts a measurement window,
 * `probe:report` answers the window's figures. When the benchmark goes away, the server is stopped.
 * It starts only in a process whose environment has JIANGXIN_BENCH_PROBE=1 and an IPC channel.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ProbeReport {
  type: 'probe:report';
  windowMs: number;
  eventLoopDelayMs: { mean: number; p50: number; p99: number; max: number };
  rssBytes: { peakInWindow: number; now: number; peakOfProcess: number };
  heapUsedBytes: number;
  /** CPU time of the process during the window, as a share of one core. */
  cpuShareOfOneCore: number;
}

export type ProbeRequest = { type: 'probe:reset' } | { type: 'probe:report' };

const RSS_SAMPLE_EVERY_MS = 100;
/** The delay monitor's timer period: its samples include it, so it is subtracted from every figure. */
export const DELAY_RESOLUTION_MS = 10;

/** An event-loop delay sample in ms with the timer period taken out (a sample never goes below it). */
export const delayMs = (nanoseconds: number) => Math.max(0, Math.round(nanoseconds / 1e4) / 100 - DELAY_RESOLUTION_MS);

function startProbe(send: (message: unknown) => void): void {
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
    };
  };

  process.on('message', (message: ProbeRequest) => {
    if (message?.type === 'probe:reset') {
      reset();
      send({ type: 'probe:reset:done' });
    } else if (message?.type === 'probe:report') {
      send(report());
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
