import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * PDF documents with Chinese text, written with pdfkit (maintained, streams A4 pages, embeds a
 * TrueType font and subsets it to the characters used, so a page of Chinese stays a few KB).
 * The font is Noto Sans SC from the npm package @expo-google-fonts/noto-sans-sc (static TTF files,
 * SIL Open Font License): it installs with the other dependencies, so the PDFs do not depend on
 * the fonts of the machine.
 */

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES = {
  regular: `${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`,
  bold: `${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`,
} as const;

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The fonts, read once; a clear error (not a PDF of empty boxes) when the package is missing. */
export function cjkFonts(): { regular: Buffer; bold: Buffer } {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const read = (file: string) => {
    let path: string | undefined;
    try {
      path = require.resolve(file);
    } catch {
      path = undefined;
    }
    if (!path || !existsSync(path)) {
      throw new Error(`The Chinese font for PDFs is missing (${file}): run npm ci, which installs ${FONT_PACKAGE}`);
    }
    return readFileSync(path);
  };
  fonts = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
  return fonts;
}

export type Pdf = InstanceType<typeof PDFDocument>;

export const PAGE_MARGIN = 40;

/** An A4 document with the Chinese fonts registered as `regular` and `bold`; `write` draws it. */
export async function renderPdf(info: { title: string; landscape?: boolean }, write: (doc: Pdf) => void): Promise<Buffer> {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: info.landscape ? 'landscape' : 'portrait',
    margin: PAGE_MARGIN,
    bufferPages: true,
    info: { Title: info.title, Creator: 'Jiangxin 匠心', Producer: 'pdfkit' },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  write(doc);
  numberPages(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** "第 n / N 页" at the foot of every page. */
function numberPages(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - PAGE_MARGIN + 10;
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555')
      .text(`第 ${i + 1} / ${count} 页`, PAGE_MARGIN, bottom, {
        width: doc.page.width - 2 * PAGE_MARGIN,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.fillColor('black');
}

export interface Column<Row> {
  header: string;
  width: number;
  value: (row: Row) => string;
  align?: 'left' | 'center' | 'right';
}

/** A table with a header row, repeated on each new page; rows as tall as their longest cell. */
export function drawTable<Row>(
  doc: Pdf,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  options: { rowHeight?: number } = {},
): void {
  const left = PAGE_MARGIN;
  const minHeight = options.rowHeight ?? 18;
  const header = () =>
    drawRow(
      doc,
      columns.map((c) => ({ text: c.header, width: c.width, align: c.align })),
      left,
      minHeight,
      true,
    );
  header();
  for (const row of rows) {
    const cells = columns.map((c) => ({ text: c.value(row), width: c.width, align: c.align }));
    const height = rowHeightOf(doc, cells, minHeight);
    if (doc.y + height > doc.page.height - PAGE_MARGIN - 20) {
      doc.addPage();
      header();
    }
    drawRow(doc, cells, left, minHeight, false);
  }
}

interface Cell {
  text: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

function rowHeightOf(doc: Pdf, cells: readonly Cell[], minHeight: number): number {
  return Math.max(minHeight, ...cells.map((cell) => doc.heightOfString(cell.text || ' ', { width: cell.width - 6 }) + 6));
}

function drawRow(doc: Pdf, cells: readonly Cell[], left: number, minHeight: number, bold: boolean): void {
  doc.font(bold ? 'bold' : 'regular').fontSize(9);
  const top = doc.y;
  const height = rowHeightOf(doc, cells, minHeight);
  let x = left;
  for (const cell of cells) {
    doc.rect(x, top, cell.width, height).stroke();
    if (cell.text) doc.text(cell.text, x + 3, top + 3, { width: cell.width - 6, align: cell.align ?? 'left' });
    x += cell.width;
  }
  doc.font('regular');
  doc.x = left;
  doc.y = top + height;
}

/** Signature lines across the page: "裁判长签名 ______  日期 ______". */
export function signatureLines(doc: Pdf, labels: readonly string[]): void {
  const width = doc.page.width - 2 * PAGE_MARGIN;
  if (doc.y + 40 > doc.page.height - PAGE_MARGIN - 20) doc.addPage();
  doc.moveDown(1.5);
  const y = doc.y;
  const each = width / labels.length;
  doc.font('regular').fontSize(10);
  labels.forEach((label, i) => {
    const x = PAGE_MARGIN + i * each;
    doc.text(label, x, y, { lineBreak: false });
    const lineStart = x + doc.widthOfString(label) + 4;
    doc
      .moveTo(lineStart, y + 12)
      .lineTo(x + each - 12, y + 12)
      .stroke();
  });
  doc.x = PAGE_MARGIN;
  doc.y = y + 24;
}
