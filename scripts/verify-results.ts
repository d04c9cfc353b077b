/**
 * Recomputes published results from their raw marks and compares them with what was published:
 *
 *   npm run verify:results -- <export.ndjson | http://server> [--user <name> --password <pw> | --token <jwt>]
 *
 * It reads the audit export (a file, or `GET /api/audit/export` of a server with an organiser's or
 * arbitration's login, as `verify:audit` does), folds each trade's stream, every score sheet (marks,
 * re-marks, corrections, appeal remedies, theory answers, completion times) and the published results
 * and rankings, then for each trade whose results are published: recomputes every contestant's exact
 * scores from the marks (docs/results-rules.md), ranks them, cuts the prizes, and compares exactly with
 * the latest `ResultCalculated` of each contestant and the trade's latest `TradeRanked`. Prints one line
 * per published trade (OK, or each difference) and exits 0 when everything matches, 1 otherwise.
 *
 * Results recorded before scores were exact (no `exact` in the event) are counted and named, not
 * compared: their figures were rounded aspect by aspect, as that version did.
 */
import { pathToFileURL } from 'node:url';
import {
  calculateResult,
  evolveScoreSheet,
  evolveTrade,
  evolveTradeResults,
  initialScoreSheetState,
  initialTradeResultsState,
  initialTradeState,
  rankResults,
  type ResultEvent,
  type ScoreSheetEvent,
  type ScoreSheetState,
  type Standing,
  standingOf,
  type TradeEvent,
  type TradeResultsState,
  type TradeState,
} from '#domain';
import { openExport, parseArgs } from './verify-audit.js';

export interface TradeVerdict {
  tradeId: string;
  contestants: number;
  /** Results recorded before scores were exact: not recomputed. */
  legacy: number[];
  differences: string[];
}

interface ExportLine {
  position: number;
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
}

interface Sheet {
  state: ScoreSheetState;
  revision: number;
}

/** Everything the recomputation needs, folded from the export in its order. */
class ResultsFold {
  readonly trades = new Map<string, TradeState>();
  readonly sheets = new Map<string, Map<number, Sheet>>();
  readonly results = new Map<string, TradeResultsState>();
  readonly rankings = new Map<string, { resultsRevision: number; standings: Standing[] }>();

  add(line: ExportLine): void {
    const { streamId } = line;
    const event = { type: line.type, data: line.data } as never;
    if (streamId.startsWith('trade-')) {
      const tradeId = streamId.slice('trade-'.length);
      this.trades.set(tradeId, evolveTrade(this.trades.get(tradeId) ?? initialTradeState, event as TradeEvent));
    } else if (streamId.startsWith('scoresheet-')) {
      const { tradeId, competitorNumber } = line.data as { tradeId: string; competitorNumber: number };
      const sheets = this.sheets.get(tradeId) ?? new Map<number, Sheet>();
      const before = sheets.get(competitorNumber)?.state ?? initialScoreSheetState;
      sheets.set(competitorNumber, { state: evolveScoreSheet(before, event as ScoreSheetEvent), revision: line.revision });
      this.sheets.set(tradeId, sheets);
    } else if (streamId.startsWith('results-')) {
      const tradeId = streamId.slice('results-'.length);
      this.results.set(tradeId, evolveTradeResults(this.results.get(tradeId) ?? initialTradeResultsState, event as ResultEvent));
    } else if (streamId.startsWith('ranking-') && line.type === 'TradeRanked') {
      const ranking = line.data as { tradeId: string; resultsRevision: number; standings: Standing[] };
      const last = this.rankings.get(ranking.tradeId);
      if (!last || ranking.resultsRevision >= last.resultsRevision) this.rankings.set(ranking.tradeId, ranking);
    }
  }
}

/** Recomputes every published trade of the export and compares it with what was published. */
export async function verifyResults(lines: AsyncIterable<string> | Iterable<string>): Promise<TradeVerdict[]> {
  const fold = new ResultsFold();
  for await (const text of lines) {
    if (text.trim() === '') continue;
    fold.add(JSON.parse(text) as ExportLine);
  }
  const verdicts: TradeVerdict[] = [];
  for (const [tradeId, trade] of [...fold.trades].sort(([a], [b]) => a.localeCompare(b))) {
    if (!trade.published || !trade.definition) continue;
    verdicts.push(verifyTrade(tradeId, trade, fold));
  }
  return verdicts;
}

function verifyTrade(tradeId: string, trade: TradeState, fold: ResultsFold): TradeVerdict {
  const definition = trade.definition!;
  const published = fold.results.get(tradeId)?.results ?? new Map();
  const sheets = fold.sheets.get(tradeId) ?? new Map<number, Sheet>();
  const verdict: TradeVerdict = { tradeId, contestants: trade.competitors?.size ?? 0, legacy: [], differences: [] };

  const recomputed = new Map<number, ReturnType<typeof calculateResult>>();
  for (const competitorNumber of [...(trade.competitors?.keys() ?? [])].sort((a, b) => a - b)) {
    const sheet = sheets.get(competitorNumber);
    const result = published.get(competitorNumber);
    if (!sheet) {
      if (result) verdict.differences.push(`competitor ${competitorNumber}: a result is published but the export has no score sheet`);
      continue;
    }
    const mine = calculateResult(definition, competitorNumber, sheet.state, sheet.revision);
    recomputed.set(competitorNumber, mine);
    if (!result) {
      verdict.differences.push(`competitor ${competitorNumber}: marked, but no result is published`);
      continue;
    }
    if (!result.exact) {
      verdict.legacy.push(competitorNumber);
      continue;
    }
    const fields: Array<[string, unknown, unknown]> = [
      ['exact.theory', mine.exact!.theory, result.exact.theory],
      ['exact.practical', mine.exact!.practical, result.exact.practical],
      ['exact.total', mine.exact!.total, result.exact.total],
      ['exact.keyAspects', JSON.stringify(mine.exact!.keyAspects), JSON.stringify(result.exact.keyAspects)],
      ['theory', mine.theory, result.theory],
      ['practical', mine.practical, result.practical],
      ['total', mine.total, result.total],
      ['markedAspects', mine.markedAspects, result.markedAspects],
    ];
    for (const [field, expected, found] of fields) {
      if (expected !== found)
        verdict.differences.push(`competitor ${competitorNumber}: ${field} recomputed ${expected}, published ${found}`);
    }
  }
  if (verdict.legacy.length > 0) return verdict;

  const ranking = fold.rankings.get(tradeId);
  if (!ranking) {
    verdict.differences.push('no ranking is published');
    return verdict;
  }
  const standings = new Map(ranking.standings.map((s) => [s.competitorNumber, s]));
  for (const expected of rankResults(definition, trade, recomputed).map(standingOf)) {
    const found = standings.get(expected.competitorNumber);
    if (!found) {
      verdict.differences.push(`competitor ${expected.competitorNumber}: not in the published ranking`);
      continue;
    }
    for (const field of ['exactTotal', 'total', 'rank', 'prize', 'standardised', 'medallion', 'honours'] as const) {
      const [a, b] = [JSON.stringify(expected[field] ?? null), JSON.stringify(found[field] ?? null)];
      if (a !== b) verdict.differences.push(`competitor ${expected.competitorNumber}: ${field} recomputed ${a}, published ${b}`);
    }
  }
  return verdict;
}

export function describeVerdict(verdict: TradeVerdict): string[] {
  const legacy =
    verdict.legacy.length > 0
      ? `; ${verdict.legacy.length} result(s) recorded before scores were exact, not recomputed (competitors ${verdict.legacy.join(', ')})`
      : '';
  if (verdict.differences.length === 0) {
    return [`OK ${verdict.tradeId}: ${verdict.contestants} contestants, scores, ranks and prizes as published${legacy}`];
  }
  return [`MISMATCH ${verdict.tradeId}${legacy}`, ...verdict.differences.map((d) => `  ${d}`)];
}

const USAGE = 'Usage: npm run verify:results -- <export.ndjson | http://server> [--user <name> --password <pw> | --token <jwt>]';

/** Runs the check and prints the outcome; answers the exit code. */
export async function main(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  print = console.log,
  printError = console.error,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    print(USAGE);
    return 0;
  }
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv, env);
  } catch (error) {
    printError(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  try {
    const verdicts = await verifyResults((await openExport(options)).lines);
    if (verdicts.length === 0) print('No published results in the export');
    for (const verdict of verdicts) for (const line of describeVerdict(verdict)) print(line);
    return verdicts.every((v) => v.differences.length === 0) ? 0 : 1;
  } catch (error) {
    printError(`Could not recompute the results of ${options.source}: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
