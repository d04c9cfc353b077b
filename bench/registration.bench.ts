/**
 * Registration benchmark: a whole contest's entries through bulk upload, then approvals, confirmation
 * and the draw of every trade.
 *
 *   npm run bench:registration -- [--entries 8000] [--seed 1] [--in-flight 16] [--keep-data]
 *
 * It starts the built server itself (embedded profile: a fresh SQLite file, scoring jobs inline, a
 * free port on 127.0.0.1). Each of the 14 cities' reviewers uploads one XLSX of its entries (all 14
 * at once, as on a deadline day), spread over the trades within each trade's quota per city (teams
 * fill the team trades); then the same files are uploaded again (nothing may be entered twice); then
 * every entry is approved by its city and confirmed by the province over HTTP (`--in-flight`
 * requests at once); then lots are drawn in all 133 trades (commitment to the seed, then the seed).
 * Loopback only; every loop is bounded by the planned counts; the whole run stops after 30 minutes;
 * the server is stopped at the end, also on failure.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CITIES, type CityId, type SkillLevel } from '#domain';
import { createRng, demoEmployers, demoPerson, hashString, type Rng } from '#demo';
import type { ApiSchemas } from '../scripts/lib/api-types.js';
import { ApiError, ContestApi, Limiter, mapLimited, numberFlag, ORGANISER, parseFlags, reviewerOf } from '../scripts/lib/contest-driver.js';
import type { ProbeReport } from './server-probe.js';
import { machineDescription, ServerUnderTest } from './server-process.js';

const RUN_TIMEOUT_MS = 30 * 60_000;
const UPLOAD_TIMEOUT_MS = 10 * 60_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SKILL_LEVELS: readonly SkillLevel[] = ['level-4', 'level-3', 'level-3', 'level-2', 'level-2', 'level-1', 'none', 'level-5'];

interface Options {
  entries: number;
  seed: number;
  inFlight: number;
  keepData: boolean;
}

type TradeView = ApiSchemas['TradeSummaryView'];
type EventView = ApiSchemas['ContestEventView'];
type BulkUploadReport = ApiSchemas['BulkUploadReport'];

interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

interface PlannedEntry {
  trade: TradeView;
  people: Person[];
  employer: { name: string; creditCode: string; techBased: boolean };
  skillLevel: SkillLevel;
  team?: string;
}

interface CityFile {
  city: CityId;
  entries: PlannedEntry[];
  rows: number;
  xlsx: Buffer;
}

interface UploadOutcome {
  city: CityId;
  ms: number;
  report: BulkUploadReport;
}

// =============================================================================================
// Plan: who enters which trade
// =============================================================================================

/** Entries per city: the total split evenly; teams fill the team trades first, individuals the rest. */
function planEntries(trades: readonly TradeView[], eventDates: ReadonlyMap<string, string>, options: Options): Map<CityId, PlannedEntry[]> {
  const quota = (t: TradeView) => t.registration?.quotaPerCity ?? 5;
  const teamTrades = trades.filter((t) => t.teamSize > 1);
  const individualTrades = trades.filter((t) => t.teamSize === 1);
  const capacity = trades.reduce((n, t) => n + quota(t), 0);
  const perCity = (i: number) => Math.floor(options.entries / CITIES.length) + (i < options.entries % CITIES.length ? 1 : 0);
  if (perCity(0) > capacity)
    throw new Error(`${options.entries} entries do not fit the quotas: at most ${capacity * CITIES.length} (${capacity} per city)`);

  const usedIds = new Set<string>();
  const plan = new Map<CityId, PlannedEntry[]>();
  CITIES.forEach(({ id: city }, cityIndex) => {
    const rng = createRng(hashString(`${options.seed}|registration|${city}`));
    const employers = demoEmployers.filter((e) => e.city === city);
    const entries: PlannedEntry[] = [];
    const enter = (trade: TradeView, team?: string) => {
      const onDay = eventDates.get(trade.eventId) ?? '2026-12-31';
      const people = Array.from({ length: trade.teamSize }, () => uniquePerson(rng, city, onDay, usedIds));
      const employer = rng.pick(employers.length > 0 ? employers : demoEmployers);
      entries.push({
        trade,
        people,
        employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
        skillLevel: rng.pick(SKILL_LEVELS),
        ...(team ? { team } : {}),
      });
    };
    const wanted = perCity(cityIndex);
    for (const trade of teamTrades) {
      for (let k = 0; k < quota(trade) && entries.length < wanted; k++) enter(trade, `${trade.id.slice(0, 4)}-队${k + 1}`);
    }
    // Individuals round-robin over the trades (each city starting elsewhere), never past a trade's quota.
    const taken = new Map<string, number>();
    for (let i = 0; entries.length < wanted && i < individualTrades.length * 5 * 2; i++) {
      const trade = individualTrades[(i + cityIndex * 9) % individualTrades.length]!;
      if ((taken.get(trade.id) ?? 0) >= quota(trade)) continue;
      taken.set(trade.id, (taken.get(trade.id) ?? 0) + 1);
      enter(trade);
    }
    plan.set(city, entries);
  });
  return plan;
}

function uniquePerson(rng: Rng, city: CityId, onDay: string, used: Set<string>): Person {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { name, idNumber, phone } = demoPerson(rng, { city, onDay, minAge: 22, maxAge: 50 });
    if (used.has(idNumber)) continue;
    used.add(idNumber);
    return { name, idNumber, phone };
  }
  throw new Error('Could not find an unused ID number in 100 tries');
}

/** One city's XLSX: the header row in Chinese, one row per person, ID numbers and phones as text. */
async function cityWorkbook(city: CityId, entries: readonly PlannedEntry[]): Promise<CityFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['姓名', '身份证号', '手机', '工作单位', '统一社会信用代码', '科技型企业', '城市', '工种', '技能等级', '团队']);
  let rows = 0;
  for (const entry of entries) {
    for (const person of entry.people) {
      sheet.addRow([
        person.name,
        person.idNumber,
        person.phone,
        entry.employer.name,
        entry.employer.creditCode,
        entry.employer.techBased ? '是' : '否',
        CITIES.find((c) => c.id === city)!.name,
        entry.trade.id,
        entry.skillLevel,
        entry.team ?? '',
      ]);
      rows += 1;
    }
  }
  return { city, entries: [...entries], rows, xlsx: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

// =============================================================================================
// The phases
// =============================================================================================

async function uploadFile(api: ContestApi, file: CityFile): Promise<UploadOutcome> {
  const { token } = await api.login(reviewerOf(file.city));
  const form = new FormData();
  form.append('file', new Blob([file.xlsx], { type: XLSX_TYPE }), `${file.city}.xlsx`);
  const started = performance.now();
  const response = await fetch(`${api.baseUrl}/api/entries/bulk`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  const body = (await response.json()) as BulkUploadReport;
  if (!response.ok) throw new ApiError('POST', `/api/entries/bulk (${file.city})`, response.status, body);
  return { city: file.city, ms: performance.now() - started, report: body };
}

/** Entry ids of an upload's report (a team's rows share one). */
const entryIdsOf = (report: BulkUploadReport) => [...new Set(report.rows.flatMap((r) => (r.entryId ? [r.entryId] : [])))];

async function approveAndConfirm(
  api: ContestApi,
  byCity: ReadonlyMap<CityId, string[]>,
): Promise<{ approvalMs: number; confirmationMs: number; errors: Map<string, number> }> {
  const errors = new Map<string, number>();
  const count = (error: unknown) => {
    const key = error instanceof ApiError ? `${error.status} ${error.serverMessage.replace(/\d+/g, 'N').slice(0, 120)}` : String(error);
    errors.set(key, (errors.get(key) ?? 0) + 1);
  };
  const all = [...byCity].flatMap(([city, ids]) => ids.map((entryId) => ({ city, entryId })));
  const limiter = new Limiter(1_000_000); // the ContestApi's own limit bounds what is in flight
  let started = performance.now();
  await mapLimited(limiter, all, ({ city, entryId }) => api.approveByCity(reviewerOf(city), entryId).catch(count));
  const approvalMs = performance.now() - started;
  started = performance.now();
  await mapLimited(limiter, all, ({ entryId }) => api.confirm(entryId).catch(count));
  return { approvalMs, confirmationMs: performance.now() - started, errors };
}

async function drawAll(
  api: ContestApi,
  trades: readonly TradeView[],
  seed: number,
): Promise<{ ms: number; perTradeMs: number[]; competitors: number; failures: string[] }> {
  const failures: string[] = [];
  const perTradeMs: number[] = [];
  let competitors = 0;
  const started = performance.now();
  // The organiser draws trade after trade, as in the hall; each draw is a commitment then the seed.
  for (const trade of trades) {
    const tradeSeed = `bench ${seed} ${trade.id} ${createHash('sha256').update(`${seed}/${trade.id}`).digest('hex').slice(0, 16)}`;
    const t0 = performance.now();
    try {
      await api.commitDraw(trade.id, tradeSeed);
      const drawn = await api.drawLots(trade.id, tradeSeed);
      competitors += drawn.assignments.length;
    } catch (error) {
      failures.push(`${trade.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    perTradeMs.push(performance.now() - t0);
  }
  return { ms: performance.now() - started, perTradeMs, competitors, failures };
}

// =============================================================================================
// Report
// =============================================================================================

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(0);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const serverLine = (probe: ProbeReport) =>
  `${(probe.cpuShareOfOneCore * 100).toFixed(0)} % of one core, event-loop delay p99 ${probe.eventLoopDelayMs.p99.toFixed(0)} ms / max ${probe.eventLoopDelayMs.max.toFixed(0)} ms, RSS peak ${mib(probe.rssBytes.peakInWindow)}`;

// =============================================================================================
// Main
// =============================================================================================

function parseOptions(argv: readonly string[]): Options {
  const flags = parseFlags(argv);
  return {
    entries: numberFlag(flags, 'entries', 8000),
    seed: numberFlag(flags, 'seed', 1),
    inFlight: numberFlag(flags, 'in-flight', 16),
    keepData: flags.has('keep-data'),
  };
}

async function run(options: Options): Promise<boolean> {
  console.log(
    `bench:registration — ${options.entries} entries by bulk upload from ${CITIES.length} cities, approvals, confirmations, draws`,
  );
  const dir = mkdtempSync(join(os.tmpdir(), 'jiangxin-bench-registration-'));
  let server: ServerUnderTest | undefined;
  const killOnExit = () => server?.killNow();
  const stopOnInterrupt = () => {
    server?.killNow('SIGTERM');
    process.exit(130);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', stopOnInterrupt);
  const watchdog = setTimeout(() => {
    console.error(`bench:registration: still running after ${RUN_TIMEOUT_MS / 60_000} min; stopping`);
    server?.killNow();
    process.exit(3);
  }, RUN_TIMEOUT_MS);
  watchdog.unref();
  try {
    console.log('Starting the server (fresh SQLite file, inline jobs)…');
    server = await ServerUnderTest.start({ sqliteFile: join(dir, 'jiangxin.sqlite') });
    const api = new ContestApi(server.url, { maxInFlight: options.inFlight, timeoutMs: 60_000 });
    const trades = await api.getAs<TradeView[]>(undefined, '/api/catalogue/trades');
    const events = await api.getAs<EventView[]>(undefined, '/api/catalogue/events');
    const plan = planEntries(trades, new Map(events.map((e) => [e.id, e.date])), options);
    const files = await Promise.all([...plan].map(([city, entries]) => cityWorkbook(city, entries)));
    const plannedEntries = files.reduce((n, f) => n + f.entries.length, 0);
    const plannedRows = files.reduce((n, f) => n + f.rows, 0);
    console.log(
      `  ${plannedEntries} entries (${plannedRows} people) in ${files.length} XLSX files of ${mib(files.reduce((n, f) => n + f.xlsx.length, 0))} in all…`,
    );
    await Promise.all(CITIES.map((c) => api.login(reviewerOf(c.id))));
    await api.login(ORGANISER);

    // 1. Bulk upload, all cities at once.
    console.log('Uploading…');
    await server.probe('probe:reset', 'probe:reset:done');
    let started = performance.now();
    const uploads = await Promise.all(files.map((file) => uploadFile(api, file)));
    const uploadMs = performance.now() - started;
    const uploadProbe = await server.probe<ProbeReport>('probe:report', 'probe:report');
    const enteredIds = new Map(uploads.map((u) => [u.city, entryIdsOf(u.report)]));
    const entered = [...enteredIds.values()].reduce((n, ids) => n + ids.length, 0);
    const refused = uploads.flatMap((u) =>
      u.report.rows.filter((r) => r.status === 'refused').map((r) => `${u.city} row ${r.row}: ${r.message}`),
    );
    console.log(
      `  ${entered} entries in ${seconds(uploadMs)}${refused.length ? `; ${refused.length} rows refused, e.g. ${refused.slice(0, 3).join(' | ')}` : ''}`,
    );

    // 2. The same files again: nothing new.
    console.log('Uploading the same files again…');
    started = performance.now();
    const again = await Promise.all(files.map((file) => uploadFile(api, file)));
    const againMs = performance.now() - started;
    const enteredAgain = again.reduce((n, u) => n + u.report.entered, 0);
    const alreadyAgain = again.reduce((n, u) => n + u.report.alreadyEntered, 0);

    // 3. City approval of every entry, then province confirmation.
    console.log('Approving and confirming…');
    await server.probe('probe:reset', 'probe:reset:done');
    const reviewed = await approveAndConfirm(api, enteredIds);
    const reviewProbe = await server.probe<ProbeReport>('probe:report', 'probe:report');
    const reviewErrors = [...reviewed.errors.values()].reduce((a, b) => a + b, 0);
    const reviewMs = reviewed.approvalMs + reviewed.confirmationMs;

    // 4. Lots in every trade.
    console.log(`Drawing lots in ${trades.length} trades…`);
    await server.probe('probe:reset', 'probe:reset:done');
    const draws = await drawAll(api, trades, options.seed);
    const drawProbe = await server.probe<ProbeReport>('probe:report', 'probe:report');

    const pass =
      refused.length === 0 &&
      entered === plannedEntries &&
      enteredAgain === 0 &&
      reviewErrors === 0 &&
      draws.failures.length === 0 &&
      draws.competitors === entered;
    const perFile = uploads.map((u) => u.ms);
    const lines = [
      `### Registration: bulk entry, approvals, confirmation, lots (${new Date().toISOString().slice(0, 10)})`,
      '',
      `Machine: ${machineDescription()}. One server process (embedded profile: SQLite WAL, synchronous=FULL, inline jobs), load generator on the same machine; \`npm run bench:registration\`, seed ${options.seed}.`,
      '',
      '| phase | figure |',
      '|---|---|',
      `| bulk upload: ${files.length} XLSX files (one per city, ${plannedRows} rows) at once | ${entered} entries in ${seconds(uploadMs)}: **${rate(entered, uploadMs)} entries/s** (${rate(plannedRows, uploadMs)} rows/s); one file ${seconds(percentile(perFile, 50))} median, ${seconds(Math.max(...perFile))} max |`,
      `| rows refused | ${refused.length} |`,
      `| the same ${files.length} files again | ${seconds(againMs)}: ${enteredAgain} entered, ${alreadyAgain} rows already_entered |`,
      `| city approval of every entry (${options.inFlight} requests in flight) | ${seconds(reviewed.approvalMs)}: ${rate(entered, reviewed.approvalMs)} entries/s |`,
      `| province confirmation of every entry | ${seconds(reviewed.confirmationMs)}: ${rate(entered, reviewed.confirmationMs)} entries/s |`,
      `| approval + confirmation | ${seconds(reviewMs)}: **${rate(entered, reviewMs)} entries/s**; ${reviewErrors} errors |`,
      `| lots in all ${trades.length} trades (commitment + draw, one trade after another) | **${seconds(draws.ms)}**: ${draws.competitors} competitors; per trade p50 ${percentile(draws.perTradeMs, 50).toFixed(0)} ms, max ${Math.max(...draws.perTradeMs).toFixed(0)} ms; ${draws.failures.length} failures |`,
      `| server during upload | ${serverLine(uploadProbe)} |`,
      `| server during approval + confirmation | ${serverLine(reviewProbe)} |`,
      `| server during the draws | ${serverLine(drawProbe)} |`,
    ];
    if (reviewed.errors.size > 0) lines.push('', 'Review errors:', ...[...reviewed.errors].map(([reason, n]) => `- ${n}× ${reason}`));
    if (draws.failures.length > 0) lines.push('', 'Draw failures:', ...draws.failures.slice(0, 10).map((f) => `- ${f}`));
    if (server.logLines > 0) lines.push('', `The server logged ${server.logLines} warning/error lines (first ones printed above).`);
    console.log(`\n${pass ? 'OK' : 'PROBLEMS'}\n`);
    console.log(lines.join('\n'));
    return pass;
  } finally {
    clearTimeout(watchdog);
    await server?.stop();
    process.off('exit', killOnExit).off('SIGINT', stopOnInterrupt);
    if (options.keepData) console.log(`Server data kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = (await run(parseOptions(process.argv.slice(2)))) ? 0 : 1;
} catch (error) {
  console.error(`\nbench:registration failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  process.exitCode = 2;
}
