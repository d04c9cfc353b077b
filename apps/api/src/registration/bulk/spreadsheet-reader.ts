import { Readable } from 'node:stream';
import { HttpException, HttpStatus } from '@nestjs/common';
import ExcelJS from 'exceljs';

/**
 * Reads an uploaded XLSX or CSV file into rows of cell texts, with exceljs. Cells are read as text:
 * a CSV cell stays the string it is, and an XLSX cell that Excel stored as a number is marked
 * `numeric`, so that an 18-digit ID number Excel turned into a float (and cut to 15 digits) is
 * recognised and refused instead of being entered with wrong digits.
 */

export interface SheetCell {
  text: string;
  /** The cell held a number (XLSX): a long digit string in it has lost digits. */
  numeric: boolean;
}

export interface SheetRow {
  /** 1-based row of the spreadsheet (CSV: the record's line, the header being row 1). */
  row: number;
  /** By column, 0-based. */
  cells: SheetCell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export interface UploadedSpreadsheet {
  originalname: string;
  mimetype?: string;
  buffer: Buffer;
}

/** Most data rows a file may hold (a city enters at most a few hundred people). */
export const MAX_DATA_ROWS = 5000;
/** An XLSX is a ZIP: more than this uncompressed is refused before it is parsed (a ZIP bomb). */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

export const refuseFile = (status: HttpStatus, message: string) =>
  new HttpException(
    { statusCode: status, error: 'invalid_file', code: 'upload.file', params: { reason: message }, message, fields: { file: [message] } },
    status,
  );

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buffer: Buffer, magic: number[]) => magic.every((byte, i) => buffer[i] === byte);

export async function readSpreadsheet(file: UploadedSpreadsheet): Promise<Sheet[]> {
  const { buffer } = file;
  if (buffer.length === 0) throw refuseFile(HttpStatus.BAD_REQUEST, 'The file is empty');
  if (startsWith(buffer, ZIP_MAGIC)) return readXlsx(buffer);
  if (startsWith(buffer, OLE_MAGIC)) {
    throw refuseFile(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      'This is an old Excel 97–2003 (.xls) file: save it as .xlsx (Excel Workbook) or as CSV UTF-8, then upload it again',
    );
  }
  if (/\.(xlsx|xlsm)$/i.test(file.originalname))
    throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, `${file.originalname} is not a readable XLSX file`);
  return [await readCsv(buffer)];
}

// ---------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------

async function readXlsx(buffer: Buffer): Promise<Sheet[]> {
  const size = zipUncompressedSize(buffer);
  if (size === undefined)
    throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, 'The file is not a readable XLSX file (its ZIP directory is damaged)');
  if (size > MAX_XLSX_UNCOMPRESSED_BYTES) {
    throw refuseFile(
      HttpStatus.PAYLOAD_TOO_LARGE,
      `The workbook unpacks to more than ${MAX_XLSX_UNCOMPRESSED_BYTES / 1024 / 1024} MB: upload the entries sheet alone`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, 'The file is not a readable XLSX file');
  }
  return workbook.worksheets
    .filter((ws) => ws.state === 'visible' || ws.state === undefined)
    .map((ws) => ({ name: ws.name, rows: rowsOf(ws) }));
}

function rowsOf(worksheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellOf(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { text: '', numeric: false };
    if (cells.some((c) => c.text.trim() !== '')) rows.push({ row: rowNumber, cells });
  });
  if (rows.length > MAX_DATA_ROWS + 20) throw tooManyRows(rows.length);
  return rows;
}

/** The text of a cell however exceljs holds its value; numbers are marked. */
export function cellOf(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return { text: '', numeric: false };
  if (typeof value === 'number') return { text: Number.isFinite(value) ? String(value) : '', numeric: true };
  if (typeof value === 'string') return { text: value, numeric: false };
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false', numeric: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), numeric: false };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join(''), numeric: false };
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('error' in value) return { text: String(value.error), numeric: false };
  return { text: '', numeric: false };
}

/**
 * Total uncompressed size of a ZIP's entries from its central directory, without inflating anything;
 * undefined when the directory cannot be read. ZIP64 counts as too large (no entries sheet needs it).
 */
export function zipUncompressedSize(buffer: Buffer): number | undefined {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= lowest; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) return Number.POSITIVE_INFINITY;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL) return undefined;
    const size = buffer.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

async function readCsv(buffer: Buffer): Promise<Sheet> {
  const text = decodeText(buffer);
  const workbook = new ExcelJS.Workbook();
  let worksheet: ExcelJS.Worksheet;
  try {
    worksheet = await workbook.csv.read(Readable.from([text]), {
      // Every value stays the text it is: no numbers (an ID number keeps its 18 digits), no dates.
      map: (value: unknown) => value,
      parserOptions: { delimiter: guessDelimiter(text), trim: false, ignoreEmpty: true, discardUnmappedColumns: false },
    });
  } catch (error) {
    throw refuseFile(
      HttpStatus.UNPROCESSABLE_ENTITY,
      `The file is not a readable CSV file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { name: 'CSV', rows: rowsOf(worksheet) };
}

/** UTF-8 (with or without a BOM), else GB 18030 (what Excel saves as "CSV" on a Chinese Windows). */
export function decodeText(buffer: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(buffer);
    } catch {
      throw refuseFile(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'The file is neither XLSX nor a CSV text in UTF-8 or GB 18030');
    }
  }
  if (text.includes('\u0000')) throw refuseFile(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'The file is neither XLSX nor a CSV text');
  return text.replace(/^\uFEFF/, '');
}

/** Comma, semicolon or tab: whichever the header line holds most of (outside quotes). */
export function guessDelimiter(text: string): string {
  const firstLine = (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export const tooManyRows = (rows: number) =>
  refuseFile(
    HttpStatus.PAYLOAD_TOO_LARGE,
    `The file has ${rows} rows; at most ${MAX_DATA_ROWS} entries rows are taken per upload: split it`,
  );
