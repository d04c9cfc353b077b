import ExcelJS from 'exceljs';
import { CITIES, type CityId, type EntryStatus, maskPhone, maskResidentId, type SkillLevel, type TradeDefinition } from '#domain';
import type { EntryRecord } from '#read-models';
import { neutraliseFormula } from '../../spreadsheet-safety.js';
import { BULK_COLUMNS, COLUMN_TITLES } from './bulk-columns.js';

/**
 * The XLSX files the platform hands out: the entries of a city or trade, the confirmed lists, the
 * competitor numbers, and the bulk-entry template. ID numbers and phones are always masked, and a
 * text that would read as a formula is neutralised (spreadsheet-safety.ts).
 */

export interface ExportColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | undefined;
  /** Excel number format, e.g. '@' (text). */
  numFmt?: string;
}

export interface ExportSheet<Row> {
  name: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
}

export const CITY_NAME: Record<string, string> = Object.fromEntries(CITIES.map((c) => [c.id, c.name]));
export const cityOrder = (city: string) => CITIES.findIndex((c) => c.id === city);

export const STATUS_LABEL: Record<EntryStatus, string> = {
  submitted: '已提交',
  city_approved: '市级已审核',
  city_rejected: '市级退回',
  confirmed: '省级已确认',
  province_rejected: '省级退回',
  withdrawn: '已撤回',
};

export const SKILL_LEVEL_LABEL: Record<SkillLevel, string> = {
  none: '无',
  'level-5': '初级工 (五级)',
  'level-4': '中级工 (四级)',
  'level-3': '高级工 (三级)',
  'level-2': '技师 (二级)',
  'level-1': '高级技师 (一级)',
};

export const yesNo = (value: boolean) => (value ? '是' : '否');

/** A team's members, masked: `李四 2101**********0023 139****9000；王五 …`. */
export const maskedMembers = (entry: EntryRecord) =>
  entry.members.map((m) => `${m.name} ${maskResidentId(m.idNumber)} ${maskPhone(m.phone)}`).join('；');

/** Everyone of the entry by name: the individual, or the captain then the members. */
export const peopleNames = (entry: EntryRecord) => [entry.name, ...entry.members.map((m) => m.name)].join('、');

/** Beijing time (UTC+8), to the minute: what the federation's staff read. */
export function beijingTime(iso: string): string {
  const at = Date.parse(iso);
  return Number.isFinite(at) ? new Date(at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '';
}

// biome-ignore lint/suspicious/noExplicitAny: sheets of different row types in one workbook
export async function workbookOf(sheets: ReadonlyArray<ExportSheet<any>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiangxin 匠心';
  workbook.created = new Date();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet<Row>(workbook: ExcelJS.Workbook, sheet: ExportSheet<Row>): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c, i) => ({
    key: `c${i}`,
    header: c.header,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  // Texts that would read as formulas are neutralised (the store keeps them as entered).
  for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((c) => neutraliseFormula(c.value(row) ?? '')));
  if (sheet.columns.length > 0) {
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.columns.length } };
  }
}

// ---------------------------------------------------------------------------------------------
// The bulk-entry template
// ---------------------------------------------------------------------------------------------

/** An empty entries sheet (ID number, phone and credit code formatted as text) and a sheet of notes, trades and cities. */
export function templateWorkbook(trades: readonly TradeDefinition[], city?: CityId): Promise<Buffer> {
  const textColumns = new Set(['idNumber', 'phone', 'creditCode', 'team']);
  const entries: ExportSheet<unknown> = {
    name: '报名 Entries',
    columns: BULK_COLUMNS.map((column) => ({
      header: COLUMN_TITLES[column],
      width: column === 'employer' ? 30 : column === 'tradeId' ? 34 : 22,
      value: () => '',
      ...(textColumns.has(column) ? { numFmt: '@' } : {}),
    })),
    rows: [],
  };
  const notes: ExportSheet<string[]> = {
    name: '说明 Notes',
    columns: [
      { header: '说明 / notes', width: 60, value: (r) => r[0] },
      { header: '', width: 40, value: (r) => r[1] },
      { header: '', width: 30, value: (r) => r[2] },
      { header: '', width: 14, value: (r) => r[3] },
      { header: '', width: 14, value: (r) => r[4] },
    ],
    rows: [
      ['One row per person. 每人一行。', ''],
      ['身份证号/idNumber, 手机/phone: keep the columns as text (an 18-digit number loses digits in Excel).', ''],
      ['科技型企业/techBased: 是/否 (yes/no, true/false, 1/0).', ''],
      [`城市/city: a city id (shenyang) or its name (沈阳).${city ? ` This template is for ${CITY_NAME[city]} (${city}).` : ''}`, ''],
      ['工种/tradeId: a trade id below, or the trade name if it names one trade.', ''],
      ['技能等级/skillLevel: none, level-5 … level-1, or 初级工, 中级工, 高级工, 技师, 高级技师.', ''],
      ['团队/team: team trades only. Rows with the same label form one team; its first row is the captain.', ''],
      ['', ''],
      ['工种 id / trade id', '工种 / trade', 'trade (English)', '人数 / team size', '每市名额 / quota per city'],
      ...trades.map((t) => [t.id, t.name, t.nameEn, String(t.teamSize), String(t.registration?.quotaPerCity ?? '')]),
      ['', ''],
      ['城市 id / city id', '城市 / city', 'city (English)'],
      ...CITIES.map((c) => [c.id, c.name, c.nameEn]),
    ],
  };
  return workbookOf([entries, notes]);
}
