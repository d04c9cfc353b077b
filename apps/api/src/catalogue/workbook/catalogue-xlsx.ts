import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  CATALOGUE_COLUMNS,
  CATALOGUE_SHEETS,
  type CatalogueRows,
  type CatalogueSheet,
  columnHeader,
  invalid,
  matchColumn,
  matchSheet,
  SHEET_TITLES,
  type WorkbookRow,
} from '#domain';
import {
  decodeText,
  MAX_XLSX_UNCOMPRESSED_BYTES,
  readSpreadsheet,
  zipUncompressedSize,
} from '../../registration/bulk/spreadsheet-reader.js';
import type { UploadedSpreadsheet } from '../../registration/bulk/spreadsheet-reader.js';

/**
 * The catalogue workbook as an XLSX file (docs/setting-up-an-edition.md): written from workbook rows
 * (the template is the same file without rows), read back into rows. A file the platform cannot take
 * whole — not an XLSX, a formula or an image in it, too large — is refused before anything is planned,
 * so nothing is written.
 */

/** The largest catalogue workbook taken (the demo's 133 trades export to well under 1 MB). */
export const CATALOGUE_UPLOAD_LIMITS = {
  limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 },
  defParamCharset: 'utf8',
} as const;

const MAX_ROWS_PER_SHEET = 20_000;

const badFile = (reason: string) =>
  invalid(`The file is refused, nothing was written: ${reason}`, 'file', { code: 'catalogue.bad_file', params: { reason } });

const sheetName = (sheet: CatalogueSheet) => `${SHEET_TITLES[sheet].zh} ${SHEET_TITLES[sheet].en}`;

export async function writeCatalogueWorkbook(rows: CatalogueRows): Promise<Buffer> {
  // Streamed: the demo's 3,000+ scheme rows are written in a fraction of the time a workbook in memory takes.
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Jiangxin';
  for (const sheet of CATALOGUE_SHEETS) {
    const worksheet = workbook.addWorksheet(sheetName(sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = CATALOGUE_COLUMNS[sheet];
    worksheet.columns = columns.map((c) => ({
      header: columnHeader(c),
      key: c.key,
      width: Math.max(12, Math.min(40, columnHeader(c).length + 4)),
      style: { numFmt: '@' },
    }));
    worksheet.getRow(1).font = { bold: true };
    // Every cell is text: what is read back is exactly what was written.
    for (const row of rows[sheet]) worksheet.addRow(columns.map((c) => row.cells[c.key] ?? '')).commit();
    worksheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The rows of an uploaded catalogue workbook (XLSX, or one sheet as CSV), with the header cells it did not know. */
export async function readCatalogueWorkbook(file: UploadedSpreadsheet): Promise<{ rows: CatalogueRows; ignoredColumns: string[] }> {
  const { buffer } = file;
  if (buffer.length === 0) throw badFile('the file is empty');
  const isZip = ZIP_MAGIC.every((byte, i) => buffer[i] === byte);
  if (!isZip) {
    if (/\.csv$/i.test(file.originalname)) return readCsv(file);
    throw badFile(`${file.originalname} is not an XLSX workbook (Excel 2007 or later)`);
  }
  const size = zipUncompressedSize(buffer);
  if (size === undefined) throw badFile('the XLSX file is damaged');
  if (size > MAX_XLSX_UNCOMPRESSED_BYTES) throw badFile('the workbook unpacks to more than 100 MB');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw badFile('the XLSX file cannot be read');
  }
  const rows: Record<CatalogueSheet, WorkbookRow[]> = { events: [], trades: [], scheme: [] };
  const ignoredColumns: string[] = [];
  for (const worksheet of workbook.worksheets) {
    const sheet = matchSheet(worksheet.name);
    if (!sheet) continue;
    if (worksheet.getImages().length > 0) throw badFile(`sheet ${worksheet.name} holds an image: only text and numbers are taken`);
    const texts: { row: number; cells: string[] }[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value, () => `${worksheet.name}!${cell.address}`);
      });
      if (cells.some((c) => c !== undefined && c.trim() !== '')) texts.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    if (texts.length > MAX_ROWS_PER_SHEET) throw badFile(`sheet ${worksheet.name} has more than ${MAX_ROWS_PER_SHEET} rows`);
    const read = rowsOfSheet(sheet, texts);
    rows[sheet].push(...read.rows);
    ignoredColumns.push(...read.ignored.map((h) => `${worksheet.name}: ${h}`));
  }
  return { rows, ignoredColumns };
}

function cellText(value: ExcelJS.CellValue, where: () => string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('formula' in value || 'sharedFormula' in value) throw badFile(`cell ${where()} holds a formula: enter its value instead`);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text ?? '');
  if ('error' in value) throw badFile(`cell ${where()} holds an error value ${String(value.error)}`);
  return '';
}

/** The first row is the header; each later row becomes cells by column key. */
function rowsOfSheet(sheet: CatalogueSheet, texts: { row: number; cells: string[] }[]): { rows: WorkbookRow[]; ignored: string[] } {
  const [header, ...body] = texts;
  if (!header) return { rows: [], ignored: [] };
  const keys = header.cells.map((h) => matchColumn(sheet, h)?.key);
  const ignored = header.cells.filter((h, i) => h.trim() !== '' && keys[i] === undefined);
  const rows = body.map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries(keys.flatMap((key, i) => (key ? [[key, cells[i] ?? '']] : []))),
  }));
  return { rows, ignored };
}

/** One sheet as CSV: which sheet it is follows from its header. */
async function readCsv(file: UploadedSpreadsheet): Promise<{ rows: CatalogueRows; ignoredColumns: string[] }> {
  decodeText(file.buffer);
  const [csv] = await readSpreadsheet(file);
  const header = csv?.rows[0]?.cells.map((c) => c.text) ?? [];
  const sheet = [...CATALOGUE_SHEETS]
    .map((s) => ({ s, hits: header.filter((h) => matchColumn(s, h)).length }))
    .sort((a, b) => b.hits - a.hits)[0];
  if (!csv || !sheet || sheet.hits === 0) throw badFile('the CSV header names no column of the events, trades or scheme sheet');
  const texts = csv.rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => c.text) }));
  const read = rowsOfSheet(sheet.s, texts);
  const rows: CatalogueRows = { events: [], trades: [], scheme: [], [sheet.s]: read.rows };
  return { rows, ignoredColumns: read.ignored };
}
