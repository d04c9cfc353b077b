/**
 * Checks an audit export of the event history from outside the server:
 *
 *   npm run verify:audit -- <export.ndjson | http://server> [--user <name> --password <pw> | --token <jwt>] [--checkpoints <file.json | url>]
 *
 * It reads the NDJSON export (a file, or `GET /api/audit/export` of a server, which needs an
 * organiser's or arbitration's login: --user/--password, --token, or JIANGXIN_USER/JIANGXIN_PASSWORD/
 * JIANGXIN_TOKEN), recomputes every event's SHA-256 over its canonical JSON, its position and the hash
 * before it (libs/event-store/src/audit/hash-chain.ts) and names the first event that does not match:
 * its position, id and type, the hash expected and the one found. It then compares the export with the
 * checkpoints published at sign-offs and publications (the server's public `GET /api/audit/checkpoints`,
 * or a copy kept elsewhere with --checkpoints): a history rewritten with fresh hashes fails there.
 * It also reads a store directly — a SQLite file (recognised by its header) or a postgresql:// URL —
 * row by row in position order, without a server: a deleted event is reported as a broken link at
 * its own position, a row whose data is not JSON as CORRUPT at its position.
 * Prints OK or the first difference; exits 0 when everything matches, 1 otherwise.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { type ChainMismatch, ChainVerifier } from '#event-store';

export interface Checkpoint {
  position: number;
  hash: string;
  /** Where it was recorded, when the list says (the server's list does). */
  recordedAt?: { position: number; type: string };
}

export type AuditCheck = { ok: true; summary: string } | { ok: false; difference: string };

const PROBLEMS: Record<ChainMismatch['problem'], string> = {
  content: 'its content does not match its hash (changed after it was stored)',
  link: 'its previous hash is not the hash of the event before it (an event was removed, inserted, reordered, or re-hashed)',
  order: 'its position does not follow the one before it',
  format: 'the line is not an exported event',
};

export function describeMismatch(m: ChainMismatch): string {
  const where = m.position === null ? `line ${m.line}` : `position ${m.position} (line ${m.line})`;
  const what = m.id === null ? '' : `, event ${m.id} ${m.type ?? ''}`.trimEnd();
  return `MISMATCH at ${where}${what}: ${PROBLEMS[m.problem]}; expected ${m.expected}, found ${m.found}`;
}

/**
 * Checks export lines (any text lines; blank ones are skipped) against the chain and the checkpoints.
 * `expectedHead`: the head the server announced (x-audit-chain-head), to notice an export cut short.
 */
export async function checkExport(
  lines: AsyncIterable<string> | Iterable<string>,
  options: { checkpoints?: readonly Checkpoint[]; expectedHead?: { position: number; hash: string } } = {},
): Promise<AuditCheck> {
  const checkpoints = options.checkpoints ?? [];
  const verifier = new ChainVerifier(undefined, new Set(checkpoints.map((c) => c.position)));
  let _lineNumber = 0;
  for await (const text of lines) {
    _lineNumber += 1;
    if (text.trim() === '') continue;
    let line: unknown;
    try {
      line = JSON.parse(text);
    } catch {
      line = text;
    }
    const mismatch = verifier.add(line);
    if (mismatch) return { ok: false, difference: describeMismatch(mismatch) };
  }
  const verdict = verifier.verdict();
  if (!verdict.ok) return { ok: false, difference: describeMismatch(verdict.mismatch) };
  const { head, events } = verdict;

  if (options.expectedHead && (options.expectedHead.position !== head.position || options.expectedHead.hash !== head.hash)) {
    return {
      ok: false,
      difference: `INCOMPLETE: the server announced the chain head at position ${options.expectedHead.position} (${options.expectedHead.hash}); the export ends at position ${head.position} (${head.hash})`,
    };
  }
  let matched = 0;
  let later = 0;
  for (const checkpoint of checkpoints) {
    if (checkpoint.position > head.position) {
      later += 1;
      continue;
    }
    const found = verifier.hashAt(checkpoint.position);
    if (found !== checkpoint.hash) {
      const recorded = checkpoint.recordedAt
        ? ` (recorded by ${checkpoint.recordedAt.type} at position ${checkpoint.recordedAt.position})`
        : '';
      return {
        ok: false,
        difference: `CHECKPOINT MISMATCH at position ${checkpoint.position}${recorded}: published ${checkpoint.hash}, export ${found ?? 'has no event at that position'}`,
      };
    }
    matched += 1;
  }
  const laterNote = later > 0 ? `; ${later} checkpoint(s) after the export's end not checked` : '';
  return {
    ok: true,
    summary: `OK: ${events} events, chain head at position ${head.position} (${head.hash}); ${matched} checkpoint(s) match${laterNote}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Sources: a file or a server
// ---------------------------------------------------------------------------------------------

interface Options {
  source: string;
  user?: string;
  password?: string;
  token?: string;
  checkpoints?: string;
}

const isUrl = (value: string) => /^https?:\/\//.test(value);

export async function verifyAudit(options: Options): Promise<AuditCheck> {
  const store = storeKind(options.source);
  if (store) {
    const checkpoints = options.checkpoints ? await loadCheckpoints(options.checkpoints) : undefined;
    try {
      return await checkExport(store === 'sqlite' ? sqliteRows(options.source) : postgresRows(options.source), { checkpoints });
    } catch (error) {
      if (error instanceof CorruptRow) return { ok: false, difference: error.message };
      throw error;
    }
  }
  const checkpoints = options.checkpoints
    ? await loadCheckpoints(options.checkpoints)
    : isUrl(options.source)
      ? await getJson<Checkpoint[]>(`${options.source.replace(/\/+$/, '')}/api/audit/checkpoints`)
      : undefined;
  // Nothing awaited between opening the export and reading it: readline reads at once, and would lose lines.
  const { lines, expectedHead } = await openExport(options);
  return checkExport(lines, { checkpoints, expectedHead });
}

/**
 * The export's lines, from a file or from a server's `GET /api/audit/export` (with a login); for a
 * server also the chain head it announced. Iterate the lines at once: readline starts reading when
 * opened, and lines that arrive before the iteration starts are lost.
 */
export async function openExport(
  options: Pick<Options, 'source' | 'user' | 'password' | 'token'>,
): Promise<{ lines: AsyncIterable<string>; expectedHead?: { position: number; hash: string } }> {
  if (!isUrl(options.source)) {
    return { lines: createInterface({ input: createReadStream(options.source, 'utf8'), crlfDelay: Infinity }) };
  }
  const base = options.source.replace(/\/+$/, '');
  const token = options.token ?? (options.user ? await login(base, options.user, options.password ?? '') : undefined);
  if (!token) throw new Error('A server export needs an organiser or arbitration login: --user and --password, or --token');
  const response = await fetch(`${base}/api/audit/export`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/x-ndjson' },
  });
  if (!response.ok || !response.body)
    throw new Error(`GET ${base}/api/audit/export: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  const [position, hash] = (response.headers.get('x-audit-chain-head') ?? '').split(' ');
  const expectedHead = position && hash ? { position: Number(position), hash } : undefined;
  const lines = createInterface({
    input: Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    crlfDelay: Infinity,
  });
  return { lines, expectedHead };
}

// ---------------------------------------------------------------------------------------------
// Sources: a store read directly (a SQLite file, a PostgreSQL database)
// ---------------------------------------------------------------------------------------------

/** A SQLite file (by its header) or a postgresql:// URL; undefined for an export file or a server. */
export function storeKind(source: string): 'sqlite' | 'postgresql' | undefined {
  if (/^postgres(ql)?:\/\//.test(source)) return 'postgresql';
  if (isUrl(source)) return undefined;
  try {
    const fd = openSync(source, 'r');
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    closeSync(fd);
    return header.toString('latin1') === 'SQLite format 3\u0000' ? 'sqlite' : undefined;
  } catch {
    return undefined;
  }
}

/** A stored row that cannot be read as an event: named by its position. */
export class CorruptRow extends Error {}

interface Row {
  position: number | string;
  id: string;
  stream_id: string;
  revision: number | string;
  type: string;
  data: string;
  metadata: string;
  hash: string | null;
}

/**
 * The rows of a store as export lines. Each prevHash is the hash of the row before, as the server's
 * export gives it: a deleted row shows as a gap the verifier reports as a broken link at its position.
 */
function* exportLinesOf(rows: Iterable<Row>, state: { previous: string }): Generator<string> {
  for (const row of rows) {
    const position = Number(row.position);
    let data: unknown;
    let metadata: unknown;
    try {
      data = JSON.parse(row.data);
      metadata = JSON.parse(row.metadata);
    } catch (error) {
      throw new CorruptRow(
        `CORRUPT at position ${position}, event ${row.id} ${row.type}: its stored data is not JSON (${(error as Error).message})`,
      );
    }
    const line = {
      position,
      streamId: row.stream_id,
      revision: Number(row.revision),
      id: row.id,
      type: row.type,
      data,
      metadata,
      prevHash: state.previous,
      hash: row.hash,
    };
    state.previous = row.hash ?? state.previous;
    yield JSON.stringify(line);
  }
}

const GENESIS = '0'.repeat(64);

function* sqliteRows(file: string): Generator<string> {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CorruptRow(`CORRUPT: ${file} cannot be opened as a SQLite store (${(error as Error).message})`);
  }
  try {
    const rows = db
      .prepare<[], Row>('SELECT position, id, stream_id, revision, type, data, metadata, hash FROM events ORDER BY position')
      .iterate();
    let last = 0;
    const state = { previous: GENESIS };
    try {
      for (const line of exportLinesOf(
        (function* () {
          for (const row of rows) {
            last = row.position as number;
            yield row;
          }
        })(),
        state,
      ))
        yield line;
    } catch (error) {
      if (error instanceof CorruptRow) throw error;
      throw new CorruptRow(`CORRUPT after position ${last}: SQLite cannot read the next row (${(error as Error).message})`);
    }
  } finally {
    db.close();
  }
}

async function* postgresRows(url: string): AsyncGenerator<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const state = { previous: GENESIS };
    let after = 0;
    for (;;) {
      const { rows } = await client.query<Row>(
        'SELECT position, id, stream_id, revision, type, data::text AS data, metadata::text AS metadata, hash FROM events WHERE position > $1 ORDER BY position LIMIT 1000',
        [after],
      );
      if (rows.length === 0) return;
      yield* exportLinesOf(rows, state);
      after = Number(rows[rows.length - 1]!.position);
    }
  } finally {
    await client.end();
  }
}

async function loadCheckpoints(source: string): Promise<Checkpoint[]> {
  if (isUrl(source)) return getJson<Checkpoint[]>(source);
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(source, 'utf8')) as Checkpoint[];
}

async function login(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`Login as ${username}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { accessToken: string }).accessToken;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

const USAGE =
  'Usage: npm run verify:audit -- <export.ndjson | store.sqlite | postgresql://… | http://server> [--user <name> --password <pw> | --token <jwt>] [--checkpoints <file.json | url>]';

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Options {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const option = /^--(user|password|token|checkpoints)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? argv[++i];
      if (value === undefined) throw new Error(`--${option[1]} needs a value`);
      values[option[1]] = value;
    } else if (arg.startsWith('--')) {
      throw new Error(`Unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new Error('Name exactly one export file or server URL');
  return {
    source: positional[0],
    user: values.user ?? env.JIANGXIN_USER,
    password: values.password ?? env.JIANGXIN_PASSWORD,
    token: values.token ?? env.JIANGXIN_TOKEN,
    checkpoints: values.checkpoints,
  };
}

/** Runs the check and prints the outcome; answers the exit code. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print = console.log,
  printError = console.error,
): Promise<number> {
  let options: Options;
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      print(USAGE);
      return 0;
    }
    options = parseArgs(argv, env);
  } catch (error) {
    printError(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  try {
    const result = await verifyAudit(options);
    print(result.ok ? result.summary : result.difference);
    return result.ok ? 0 : 1;
  } catch (error) {
    printError(`Could not check the audit export of ${options.source}: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
