import type { TheoryRowReport, TheoryUploadReport } from '#contracts';
import { DomainError } from '#domain';
import { readSpreadsheet, type UploadedSpreadsheet } from '../../registration/bulk/spreadsheet-reader.js';

/**
 * Theory uploads (answer sheets, entered scores, the answer key): a file's rows as (number, value)
 * pairs, and rows run one by one through a command, each reported recorded, unchanged or refused
 * with its reason, so that good rows are recorded despite bad ones.
 */

export interface NumberedRow {
  /** The spreadsheet row, 1-based. */
  row: number;
  /** The first column: a competitor number (or a question number for a key); NaN when it is not a number. */
  number: number;
  /** The second column as text. */
  value: string;
}

/** The first sheet's rows; header rows (a first cell that is not a number, above the first data row) are skipped. */
export async function readTheoryRows(file: UploadedSpreadsheet): Promise<NumberedRow[]> {
  const [sheet] = await readSpreadsheet(file);
  const rows = sheet?.rows ?? [];
  const firstData = rows.findIndex(({ cells }) => /^\s*\d+\s*$/.test(cells[0]?.text ?? ''));
  return rows
    .slice(firstData < 0 ? rows.length : firstData)
    .map(({ row, cells }) => ({ row, number: Number(cells[0]?.text.trim()), value: cells[1]?.text ?? '' }));
}

/** The outcome of one row's command: whether it wrote anything. */
export type RowOutcome = { events: readonly unknown[]; duplicate?: boolean };

/** Runs each row; a domain refusal refuses that row only, anything else fails the upload. */
export async function runTheoryRows<Row extends { row: number; competitorNumber: number }>(
  tradeId: string,
  questions: number,
  rows: readonly Row[],
  record: (row: Row) => Promise<RowOutcome>,
): Promise<TheoryUploadReport> {
  const report: TheoryRowReport[] = [];
  for (const row of rows) {
    const { competitorNumber } = row;
    try {
      if (!Number.isInteger(competitorNumber) || competitorNumber < 1) {
        throw new DomainError('invalid', 'A competitor number is a whole number from 1', 'competitorNumber', {
          code: 'theory.competitor_number',
        });
      }
      const outcome = await record(row);
      report.push({ row: row.row, competitorNumber, status: outcome.events.length > 0 && !outcome.duplicate ? 'recorded' : 'unchanged' });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      report.push({
        row: row.row,
        competitorNumber,
        status: 'refused',
        message: error.message,
        code: error.code,
        params: { ...error.params },
        ...(error.field ? { field: error.field } : {}),
      });
    }
  }
  return { tradeId, questions, recorded: report.filter((r) => r.status === 'recorded').length, rows: report };
}
