/**
 * Where a process's CPU went: a V8 `.cpuprofile` (node --cpu-prof) summarised by self time, per
 * function and per package (a node_modules package, the project's own code, Node's internals, the
 * garbage collector). Idle time is left out of the shares.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

type Frame = ProfileNode['callFrame'];

/**
 * Categories of a mark's cost, in the order they are tried: a sample counts for the first category
 * that any frame of its stack matches (so the hash chain computed inside an append counts as hash
 * chain, not as the SQLite write around it; JSON encoded by socket.io counts as socket.io).
 */
const CATEGORIES: ReadonlyArray<{ name: string; matches: (frame: Frame) => boolean }> = [
  { name: 'garbage collection', matches: (f) => f.functionName === '(garbage collector)' },
  { name: 'hash chain (SHA-256 over canonical JSON)', matches: (f) => /\/audit\/(hash-chain|canonical-json)\.js$/.test(f.url) },
  {
    name: 'personal-data encryption (field cipher, person keys)',
    matches: (f) => /\/personal-data\/(field-cipher|person-key-store)\.js$/.test(f.url),
  },
  { name: 'JWT (jsonwebtoken: sign, verify, key parsing)', matches: (f) => /\/node_modules\/(jsonwebtoken|jws|jwa)\//.test(f.url) },
  {
    name: 'SQLite writes: append transactions and their fsync (better-sqlite3)',
    matches: (f) =>
      /\/better-sqlite3\/lib\/methods\/transaction\.js$/.test(f.url) ||
      (/\/event-store\/src\/sqlite\//.test(f.url) && /appendTransaction|append$|appendMany|save$/.test(f.functionName)),
  },
  {
    name: 'validation (class-validator, class-transformer)',
    matches: (f) => /\/node_modules\/(class-validator|class-transformer|validator)\//.test(f.url),
  },
  {
    name: 'socket.io encoding and writes',
    matches: (f) =>
      /\/node_modules\/(socket\.io|socket\.io-parser|engine\.io|ws|@socket\.io\/[^/]+)\//.test(f.url) ||
      /\/apps\/api\/src\/live\//.test(f.url),
  },
  {
    name: 'BullMQ and Redis round trips',
    matches: (f) => /\/node_modules\/(bullmq|ioredis|msgpackr|cluster-key-slot|@nestjs\/bullmq)\//.test(f.url),
  },
  {
    name: 'stream reads (readStream, through the decrypting decorator)',
    matches: (f) => /\/event-store\/src\//.test(f.url) && /readStream/.test(f.functionName),
  },
  { name: 'JSON parse and stringify (elsewhere)', matches: (f) => f.url === '' && /^(parse|stringify)$/.test(f.functionName) },
  { name: 'scoring job (score a contestant)', matches: (f) => /\/apps\/worker\/src\/scoring\/score-contestant/.test(f.url) },
  { name: 'ranking job (rank a trade)', matches: (f) => /\/apps\/worker\/src\/scoring\/rank-trade/.test(f.url) },
  {
    name: 'jobs: dispatch and processor',
    matches: (f) => /\/apps\/worker\/src\//.test(f.url),
  },
  {
    name: 'projection (read models, subscriptions)',
    matches: (f) => /\/libs\/read-models\/|\/apps\/api\/src\/projections\/|polling-subscription\.js$/.test(f.url),
  },
  {
    name: 'HTTP pipeline, guards and handlers (Nest, Express, command executor)',
    matches: (f) =>
      /\/node_modules\/(@nestjs\/[^/]+|express|router|body-parser|raw-body|finalhandler|send|on-finished|passport[^/]*|helmet|compression|path-to-regexp|qs|type-is|content-type|accepts|negotiator|iconv-lite)\//.test(
        f.url,
      ) || /\/apps\/api\/src\/|\/libs\/application\//.test(f.url),
  },
  { name: 'native, not attributed to JavaScript ((program))', matches: (f) => f.functionName === '(program)' },
];

/** The share of the busy samples per category, and the CPU per mark it stands for (self time of the main thread). */
export function categoryTable(file: string, marks: number): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const categoryOf = new Map<number, string>();
  const category = (id: number): string => {
    const known = categoryOf.get(id);
    if (known) return known;
    const stack: Frame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
    const found = CATEGORIES.find((c) => stack.some(c.matches))?.name ?? 'other';
    categoryOf.set(id, found);
    return found;
  };
  const totals = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((id, i) => {
    if (byId.get(id)!.callFrame.functionName === '(idle)') return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    busyMs += ms;
    const name = category(id);
    totals.set(name, (totals.get(name) ?? 0) + ms);
  });
  const rows = [...totals].sort((a, b) => b[1] - a[1]);
  return [
    `**Main thread, marking window: busy ${(busyMs / 1000).toFixed(1)} s for ${marks} completing marks = ${(busyMs / marks).toFixed(2)} ms per mark**`,
    '',
    '| category (first match in the stack, in the order of bench/cpu-profile.ts) | share | ms per completing mark |',
    '|---|---:|---:|',
    ...rows.map(([name, ms]) => `| ${name} | ${((ms / busyMs) * 100).toFixed(1)} % | ${(ms / marks).toFixed(2)} |`),
  ].join('\n');
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  byPackage: Array<{ name: string; ms: number; share: number }>;
  byFunction: Array<{ name: string; ms: number; share: number }>;
}

/** The package a script belongs to: `socket.io`, `@nestjs/core`, `project:libs/read-models`, `node:internal`… */
function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  if (url.startsWith('node:')) return 'node (internals)';
  const project = /\/dist\/((?:apps|libs)\/[^/]+(?:\/src\/[^/]+)?)/.exec(url);
  return project ? `project: ${project[1]!.replace('/src', '')}` : url;
}

export function summariseProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  let idleMs = 0;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
    const name = `${functionName || '(anonymous)'} ${url ? `(${pkg}:${lineNumber + 1})` : ''}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + ms);
  }
  const busyMs = [...packages.values()].reduce((a, b) => a + b, 0);
  const ranked = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: ms / busyMs }));
  return { busyMs, idleMs, byPackage: ranked(packages), byFunction: ranked(functions) };
}

export function profileTable(title: string, summary: ProfileSummary): string {
  const pct = (share: number) => `${(share * 100).toFixed(1)} %`;
  return [
    `**${title}** — busy ${(summary.busyMs / 1000).toFixed(1)} s, idle ${(summary.idleMs / 1000).toFixed(1)} s`,
    '',
    '| package (self time) | share |',
    '|---|---:|',
    ...summary.byPackage.map((p) => `| ${p.name} | ${pct(p.share)} |`),
    '',
    '| function (self time) | share |',
    '|---|---:|',
    ...summary.byFunction.map((f) => `| \`${f.name.replaceAll('|', '\\|')}\` | ${pct(f.share)} |`),
  ].join('\n');
}
