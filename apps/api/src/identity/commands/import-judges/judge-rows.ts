import { createHash } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import type { CityId, RefusalCode, RefusalParams } from '#domain';
import {
  looksScientific,
  normaliseCreditCode,
  normaliseHeader,
  normaliseIdNumber,
  normalisePhone,
  parseCity,
  parseYesNo,
  type TradeResolver,
} from '../../../registration/bulk/bulk-columns.js';
import { refuseFile, type Sheet, type SheetRow } from '../../../registration/bulk/spreadsheet-reader.js';

/**
 * The judges' workbook (one row per judge): its columns, Chinese or English, and each row read
 * into the fields of a judge account. Pure: no Nest, no I/O. What the rules say about an account
 * (credit code, ID number check digits, trades that exist) is left to the command.
 */

export const JUDGE_COLUMNS = [
  'name',
  'username',
  'employer',
  'creditCode',
  'city',
  'trades',
  'chief',
  'panel',
  'idNumber',
  'phone',
] as const;
export type JudgeColumn = (typeof JUDGE_COLUMNS)[number];
const REQUIRED: readonly JudgeColumn[] = ['name', 'employer', 'creditCode', 'city', 'trades'];

export const JUDGE_COLUMN_TITLES: Record<JudgeColumn, string> = {
  name: '姓名/name',
  username: '用户名/username',
  employer: '工作单位/employer',
  creditCode: '统一社会信用代码/creditCode',
  city: '城市/city',
  trades: '工种/trades',
  chief: '裁判长/chief',
  panel: '编入裁判组/panel',
  idNumber: '身份证号/idNumber',
  phone: '手机/phone',
};

const ALIASES: Record<JudgeColumn, readonly string[]> = {
  name: ['姓名', '裁判姓名', '名字', 'name'],
  username: ['用户名', '账号', '登录名', 'username', 'account'],
  employer: ['工作单位', '单位', '单位名称', '所在单位', 'employer', 'company'],
  creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', 'creditcode', 'uscc'],
  city: ['城市', '市', '地市', '所在城市', 'city'],
  trades: ['工种', '执裁工种', '裁判工种', '工种编号', 'trades', 'trade', 'tradeids'],
  chief: ['裁判长', '是否裁判长', 'chief', 'chiefjudge'],
  panel: ['编入裁判组', '编组', '裁判组', 'panel', 'assign'],
  idNumber: ['身份证号', '身份证号码', '身份证', 'idnumber', 'id'],
  phone: ['手机', '手机号', '手机号码', '联系电话', 'phone', 'mobile'],
};
const BY_ALIAS = new Map<string, JudgeColumn>(JUDGE_COLUMNS.flatMap((c) => ALIASES[c].map((a) => [a, c] as const)));

function columnOf(text: string): JudgeColumn | undefined {
  const whole = BY_ALIAS.get(normaliseHeader(text));
  if (whole) return whole;
  const parts = new Set(
    text
      .split(/[/|｜／]/)
      .map((p) => BY_ALIAS.get(normaliseHeader(p)))
      .filter((c): c is JudgeColumn => c !== undefined),
  );
  return parts.size === 1 ? [...parts][0] : undefined;
}

/** A judge's row as read: the account's fields, or what is wrong with the row (and in which column). */
export interface JudgeRow {
  row: number;
  username: string;
  displayName: string;
  role: 'judge' | 'chief_judge';
  employer: { name: string; creditCode: string };
  city: CityId;
  tradeIds: string[];
  panel: boolean;
  idNumber?: string;
  phone?: string;
}

export type ReadJudgeRow =
  | { row: number; judge: JudgeRow }
  | { row: number; refused: { message: string; field: JudgeColumn; code: RefusalCode; params: RefusalParams; name?: string } };

/** A username for a row without one: stable for the same person, so the same file maps to the same accounts. */
export function derivedUsername(name: string, creditCode: string, idNumber: string, phone: string): string {
  const digest = createHash('sha256').update(`${name}|${creditCode}|${idNumber}|${phone}`).digest('hex');
  return `j-${digest.slice(0, 12)}`;
}

export function readJudgeSheets(sheets: readonly Sheet[], trades: TradeResolver): ReadJudgeRow[] {
  const { sheet, header, columns } = findHeader(sheets);
  const rows = sheet.rows.filter((r) => r.row > header);
  if (rows.length === 0)
    throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, `The file has a header row (row ${header}) but no judges below it`);
  return rows.map((row) => readRow(row, columns, trades));
}

function findHeader(sheets: readonly Sheet[]): { sheet: Sheet; header: number; columns: Map<JudgeColumn, number> } {
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, 10)) {
      const columns = new Map<JudgeColumn, number>();
      row.cells.forEach((cell, index) => {
        const column = columnOf(cell.text.trim());
        if (column && !columns.has(column)) columns.set(column, index);
      });
      if (REQUIRED.every((c) => columns.has(c))) return { sheet, header: row.row, columns };
    }
  }
  throw refuseFile(
    HttpStatus.UNPROCESSABLE_ENTITY,
    `No header row found: one of the first rows must name the columns ${REQUIRED.map((c) => JUDGE_COLUMN_TITLES[c]).join(', ')}`,
  );
}

function readRow(sheetRow: SheetRow, columns: ReadonlyMap<JudgeColumn, number>, trades: TradeResolver): ReadJudgeRow {
  const cell = (column: JudgeColumn) => {
    const index = columns.get(column);
    return index === undefined ? { text: '', numeric: false } : (sheetRow.cells[index] ?? { text: '', numeric: false });
  };
  const text = (column: JudgeColumn) => cell(column).text.trim();
  const name = text('name');
  const refuse = (
    field: JudgeColumn,
    message: string,
    code: RefusalCode = 'bulk.empty',
    params: RefusalParams = { column: field },
  ): ReadJudgeRow => ({
    row: sheetRow.row,
    refused: { field, message, code, params, ...(name ? { name } : {}) },
  });

  if (name === '') return refuse('name', `${JUDGE_COLUMN_TITLES.name} is empty`);
  const employer = text('employer');
  if (employer === '') return refuse('employer', `${JUDGE_COLUMN_TITLES.employer} is empty`);
  const creditCode = normaliseCreditCode(cell('creditCode').text);
  if (creditCode === '') return refuse('creditCode', `${JUDGE_COLUMN_TITLES.creditCode} is empty`);
  const city = parseCity(text('city'));
  if (!city)
    return refuse('city', `Unknown city ${text('city') || '(empty)'}: give a city id (shenyang) or its name (沈阳)`, 'bulk.unknown_city', {
      value: text('city'),
    });

  const tradeTexts = text('trades')
    .split(/[,，、;；\n]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (tradeTexts.length === 0) return refuse('trades', `${JUDGE_COLUMN_TITLES.trades} is empty: give one or more trade ids or names`);
  const tradeIds: string[] = [];
  for (const tradeText of tradeTexts) {
    const found = trades.resolve(tradeText);
    if ('error' in found) return refuse('trades', found.error, 'bulk.unknown_trade', { value: tradeText });
    if (!tradeIds.includes(found.trade.id)) tradeIds.push(found.trade.id);
  }

  const chief = text('chief') === '' ? false : parseYesNo(text('chief'));
  if (chief === undefined)
    return refuse('chief', `${JUDGE_COLUMN_TITLES.chief} must be 是/否 (yes/no), not ${text('chief')}`, 'bulk.yes_no', {
      column: 'chief',
      value: text('chief'),
    });
  const panel = text('panel') === '' ? false : parseYesNo(text('panel'));
  if (panel === undefined)
    return refuse('panel', `${JUDGE_COLUMN_TITLES.panel} must be 是/否 (yes/no), not ${text('panel')}`, 'bulk.yes_no', {
      column: 'panel',
      value: text('panel'),
    });

  const idCell = cell('idNumber');
  const idNumber = normaliseIdNumber(idCell.text);
  if (idNumber !== '' && (idCell.numeric || looksScientific(idCell.text))) {
    return refuse(
      'idNumber',
      'The ID number came as a number, so its last digits are lost (Excel keeps 15): format the column as text',
      'bulk.lost_digits',
      { column: 'idNumber', value: idCell.text },
    );
  }
  const phone = normalisePhone(cell('phone').text);

  const username = text('username').toLowerCase() || derivedUsername(name, creditCode, idNumber, phone);
  return {
    row: sheetRow.row,
    judge: {
      row: sheetRow.row,
      username,
      displayName: name,
      role: chief ? 'chief_judge' : 'judge',
      employer: { name: employer, creditCode },
      city,
      tradeIds,
      panel,
      ...(idNumber ? { idNumber } : {}),
      ...(phone ? { phone } : {}),
    },
  };
}
