import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
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
/**
 * An XLSX is a ZIP. Before exceljs sees it, every entry is inflated as a stream and its bytes
 * counted (and dropped): more than this in one entry, or in all together, is refused at once, whatever
 * the ZIP directory declares (a ZIP bomb may declare 4 KB and inflate to 1 GB).
 */
export const MAX_XLSX_ENTRY_BYTES = 16 * 1024 * 1024;
export const MAX_XLSX_UNCOMPRESSED_BYTES = 48 * 1024 * 1024;
/** Files in the ZIP: a workbook has a few dozen. */
export const MAX_XLSX_ENTRIES = 2000;

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
  await checkInflatedSize(buffer);
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

/** An entry of a ZIP's central directory (sizes as declared, which are not trusted). */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeader: number;
}

/** The entries of a ZIP's central directory; undefined when it cannot be read. ZIP64 counts as unreadable here. */
export function zipEntries(buffer: Buffer): ZipEntry[] | undefined {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  if (buffer.length < 22) return undefined;
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= lowest; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) return undefined;
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL) return undefined;
    const nameLength = buffer.readUInt16LE(offset + 28);
    entries.push({
      name: buffer.toString('utf8', offset + 46, Math.min(buffer.length, offset + 46 + nameLength)),
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      declaredSize: buffer.readUInt32LE(offset + 24),
      localHeader: buffer.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
  return entries;
}

/** Total uncompressed size the ZIP directory declares (not trusted: see checkInflatedSize). */
export function zipUncompressedSize(buffer: Buffer): number | undefined {
  return zipEntries(buffer)?.reduce((total, entry) => total + entry.declaredSize, 0);
}

class CapReached extends Error {}

/** A buffer as a stream of 64 KB slices (no copies). */
function* sliced(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += 64 * 1024) yield data.subarray(at, at + 64 * 1024);
}

const damaged = () => refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, 'The file is not a readable XLSX file (its ZIP directory is damaged)');
const inflatesTooMuch = (what: string, limit: number) =>
  refuseFile(
    HttpStatus.PAYLOAD_TOO_LARGE,
    `The workbook unpacks to more than ${limit / 1024 / 1024} MB ${what}: it is not an entries sheet (upload the entries sheet alone)`,
  );

/**
 * Inflates every entry of the ZIP as a stream, counting what comes out and keeping none of it, and
 * stops at the first entry beyond MAX_XLSX_ENTRY_BYTES or the total beyond MAX_XLSX_UNCOMPRESSED_BYTES:
 * memory stays at a few chunks and time at what the caps allow, whatever the directory declares.
 */
export async function checkInflatedSize(buffer: Buffer): Promise<void> {
  const entries = zipEntries(buffer);
  if (!entries) throw damaged();
  if (entries.length > MAX_XLSX_ENTRIES)
    throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, `The ZIP holds ${entries.length} files: it is not a workbook`);
  let total = 0;
  for (const entry of entries) {
    const header = entry.localHeader;
    if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== 0x04034b50) throw damaged();
    const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
    const end = start + entry.compressedSize;
    if (end > buffer.length) throw damaged();
    const data = buffer.subarray(start, end);
    let size = 0;
    if (entry.method === 0) size = data.length;
    else if (entry.method === 8) {
      const budget = Math.min(MAX_XLSX_ENTRY_BYTES, MAX_XLSX_UNCOMPRESSED_BYTES - total);
      const counter = new Writable({
        write(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          // Over the cap: the pipeline stops here (nothing more is inflated), the chunks are dropped.
          done(size > budget ? new CapReached() : null);
        },
      });
      try {
        await pipeline(sliced(data), createInflateRaw(), counter);
      } catch (error) {
        if (!(error instanceof CapReached)) {
          throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, `The file is not a readable XLSX file (${entry.name} does not inflate)`);
        }
      }
    } else
      throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, `The file is not a readable XLSX file (${entry.name} uses an unknown compression)`);
    if (size > MAX_XLSX_ENTRY_BYTES) throw inflatesTooMuch(`in ${entry.name}`, MAX_XLSX_ENTRY_BYTES);
    total += size;
    if (total > MAX_XLSX_UNCOMPRESSED_BYTES) throw inflatesTooMuch('in all', MAX_XLSX_UNCOMPRESSED_BYTES);
  }
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

async function readCsv(buffer: Buffer): Promise<Sheet> {
  const text = decodeText(buffer);
  const delimiter = guessDelimiter(text);
  const rows: SheetRow[] = [];
  // Read record by record, and stopped as soon as there are more than the file may hold: a 5 MB file
  // of 700,000 short rows is refused after a few thousand, never held whole.
  let row = 0;
  for (const cells of csvRecords(text, delimiter)) {
    // Empty lines are not rows; a row of blanks keeps its number but is left out.
    if (cells.every((c) => c === '')) continue;
    row++;
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ row, cells: cells.map((c) => ({ text: c, numeric: false })) });
    if (rows.length > MAX_DATA_ROWS + 20) {
      throw refuseFile(
        HttpStatus.PAYLOAD_TOO_LARGE,
        `The file has more than ${MAX_DATA_ROWS + 20} rows; at most ${MAX_DATA_ROWS} entries rows are taken per upload: split it`,
      );
    }
  }
  return { name: 'CSV', rows };
}

/**
 * The records of a CSV text (RFC 4180: quoted fields may hold delimiters, line breaks and doubled
 * quotes), one at a time. Every value stays the text it is: no numbers, no dates.
 */
export function* csvRecords(text: string, delimiter: string): Generator<string[]> {
  let at = 0;
  const length = text.length;
  while (at < length) {
    const record: string[] = [];
    for (;;) {
      let value = '';
      if (text[at] === '"') {
        at++;
        for (;;) {
          const quote = text.indexOf('"', at);
          if (quote < 0)
            throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, 'The file is not a readable CSV file: a quoted value is not closed');
          value += text.slice(at, quote);
          at = quote + 1;
          if (text[at] === '"') {
            value += '"';
            at++;
          } else break;
        }
        // Anything between the closing quote and the delimiter is kept as it is.
        while (at < length && text[at] !== delimiter && text[at] !== '\n' && text[at] !== '\r') value += text[at++];
      } else {
        const start = at;
        while (at < length && text[at] !== delimiter && text[at] !== '\n' && text[at] !== '\r') at++;
        value = text.slice(start, at);
      }
      record.push(value);
      if (text[at] === delimiter) {
        at++;
        continue;
      }
      if (text[at] === '\r') at++;
      if (text[at] === '\n') at++;
      break;
    }
    yield record;
  }
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
  // The first line that is not blank, found without splitting the whole text (it may hold 700,000 lines).
  let firstLine = '';
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
    if (line.trim() !== '') {
      firstLine = line;
      break;
    }
    at = end < 0 ? text.length : end + 1;
  }
  firstLine = firstLine.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export const tooManyRows = (rows: number) =>
  refuseFile(
    HttpStatus.PAYLOAD_TOO_LARGE,
    `The file has ${rows} rows; at most ${MAX_DATA_ROWS} entries rows are taken per upload: split it`,
  );
