/**
 * Checks a trade's published draw (抽签) from outside the server, with nothing but public data:
 *
 *   npm run verify:draw -- <tradeId> [--url http://127.0.0.1:3000]
 *
 * It fetches `GET /api/trades/<tradeId>/draw` (no login) and the trade's public definition, checks
 * that SHA-256(seed) equals the commitment published before the draw, re-runs the draw with the
 * domain's own function (`drawLots`, algorithm `jiangxin-draw-v1`, documented in
 * libs/domain/src/catalogue/draw.ts) and compares every competitor number, session and workstation.
 * Prints OK, or the first difference; exits 0 when the draw checks out, 1 otherwise.
 */
import { pathToFileURL } from 'node:url';
import { DRAW_ALGORITHM, sha256Hex, verifyDraw } from '#domain';
import type { PublicDrawView } from '#contracts';

export type DrawCheck = { ok: true; summary: string } | { ok: false; difference: string };

/** The public trade definition's part the draw depends on. */
export interface DrawnTrade {
  id: string;
  workstations?: number | null;
}

/** Checks a published draw against the trade's definition: pure, no network. */
export function checkPublishedDraw(draw: PublicDrawView, trade: DrawnTrade): DrawCheck {
  const fail = (difference: string): DrawCheck => ({ ok: false, difference });
  if (draw.tradeId !== trade.id) return fail(`The draw is for ${draw.tradeId}, not ${trade.id}`);
  if (draw.algorithm !== DRAW_ALGORITHM) return fail(`The draw names algorithm ${draw.algorithm}; this checker runs ${DRAW_ALGORITHM}`);
  if (!draw.commitment) return fail(`No commitment to a seed has been published for ${trade.id} yet`);
  if (draw.seed === null)
    return fail(`Lots for ${trade.id} have not been drawn yet (commitment ${draw.commitment}, published ${draw.committedAt})`);
  const workstations = trade.workstations ?? undefined;
  if ((draw.workstations ?? undefined) !== workstations) {
    return fail(`The draw says ${draw.workstations ?? 'no'} workstations, the trade's definition ${workstations ?? 'none'}`);
  }
  const hashed = sha256Hex(draw.seed);
  if (hashed !== draw.commitment)
    return fail(`SHA-256 of the seed is ${hashed}, but the commitment published before the draw is ${draw.commitment}`);
  const result = verifyDraw(
    { commitment: draw.commitment, seed: draw.seed, confirmedEntryIds: draw.confirmedEntryIds, assignments: draw.assignments },
    workstations,
  );
  if (!result.ok) return fail(result.difference);
  const sessions = new Set(draw.assignments.map((a) => a.session)).size;
  // A lost seed replaced before the draw: said, with each replaced commitment and its reason.
  const replaced = (draw.replacedCommitments ?? []).map((r) => `${r.commitment} (replaced ${r.replacedAt}: ${r.reason})`);
  return {
    ok: true,
    summary:
      `OK ${trade.id}: SHA-256(seed) = commitment ${draw.commitment} (published ${draw.committedAt}); ` +
      `${draw.assignments.length} competitor numbers in ${sessions} session(s) re-drawn identically from the seed (drawn ${draw.drawnAt})` +
      (replaced.length ? `; earlier commitments replaced before the draw: ${replaced.join('; ')}` : ''),
  };
}

/** Fetches the public draw and the trade's definition from a server, then checks them. */
export async function verifyPublishedDraw(baseUrl: string, tradeId: string): Promise<DrawCheck> {
  const base = baseUrl.replace(/\/+$/, '');
  const id = encodeURIComponent(tradeId);
  const [draw, trade] = await Promise.all([
    getJson<PublicDrawView>(`${base}/api/trades/${id}/draw`),
    getJson<DrawnTrade>(`${base}/api/catalogue/trades/${id}`),
  ]);
  return checkPublishedDraw(draw, trade);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

const USAGE = 'Usage: npm run verify:draw -- <tradeId> [--url http://127.0.0.1:3000]';

function parseArgs(argv: readonly string[]): { tradeId: string; url: string } {
  let url = 'http://127.0.0.1:3000';
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') {
      const value = argv[++i];
      if (!value) throw new Error('--url needs a value');
      url = value;
    } else if (arg.startsWith('--url=')) {
      url = arg.slice('--url='.length);
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) {
      throw new Error(`Unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new Error('Name exactly one trade id');
  return { tradeId: positional[0], url };
}

async function main(): Promise<number> {
  let args: { tradeId: string; url: string };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  try {
    const result = await verifyPublishedDraw(args.url, args.tradeId);
    if (result.ok) {
      console.log(result.summary);
      return 0;
    }
    console.log(`DIFFERENT ${args.tradeId}: ${result.difference}`);
    return 1;
  } catch (error) {
    console.error(`Could not check the draw of ${args.tradeId}: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
