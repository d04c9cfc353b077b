import { HttpStatus } from '@nestjs/common';
import type { CityId, RefusalCode, RefusalParams, SkillLevel } from '#domain';
import {
  type BulkColumn,
  COLUMN_TITLES,
  columnOfHeader,
  looksScientific,
  normaliseCreditCode,
  normaliseIdNumber,
  normalisePhone,
  parseCity,
  parseSkillLevel,
  parseYesNo,
  REQUIRED_COLUMNS,
  type TradeRef,
  type TradeResolver,
} from './bulk-columns.js';
import { MAX_DATA_ROWS, refuseFile, type Sheet, type SheetCell, type SheetRow, tooManyRows } from './spreadsheet-reader.js';

/**
 * From a sheet's rows to entries: finds the header row, reads each row's fields, refuses rows that
 * cannot be an entry (with the column at fault), drops a person listed twice in the file, and
 * groups a team trade's rows by their team label (first row = captain). What the rules of
 * registration say about an entry is left to the command.
 */

/** What the command receives, less its commandId. */
export interface EntryFields {
  tradeId: string;
  name: string;
  idNumber: string;
  phone: string;
  employer: { name: string; creditCode: string; techBased: boolean };
  city: CityId;
  skillLevel: SkillLevel;
  members?: Array<{ name: string; idNumber: string; phone: string }>;
}

/** One entry to submit: an individual's row, or a team's rows (captain first). */
export interface EntryGroup {
  rows: number[];
  team?: string;
  trade: TradeRef;
  fields: EntryFields;
}

export interface RowRefusal {
  row: number;
  message: string;
  field?: string;
  /** The refusal's code and parameters (libs/domain/src/shared/refusal-codes.ts), for screens to translate. */
  code: RefusalCode;
  params: RefusalParams;
  /** Every problem of the row, column by column, when there are several. */
  problems?: Array<{ field: string; code: RefusalCode; params: RefusalParams }>;
  /** The person of the row, as written in it. */
  name?: string;
}

export interface ParsedBulkFile {
  groups: EntryGroup[];
  refusals: RowRefusal[];
  ignoredColumns: string[];
}

/** How many rows from the top may come before the header row (a title, a note). */
const HEADER_SEARCH_ROWS = 10;

interface Problem {
  field: BulkColumn;
  message: string;
  code: RefusalCode;
  params: RefusalParams;
}

/** One data row's fields as read; problems of the entry's own fields (employer, city…) are kept apart from the person's. */
interface RowFields {
  row: number;
  name: string;
  idNumber: string;
  phone: string;
  employer: string;
  creditCode: string;
  techBased?: boolean;
  city?: CityId;
  cityText: string;
  trade?: TradeRef;
  skillLevel?: SkillLevel;
  team: string;
  /** Problems with the person (name, ID number, phone) or the trade: refuse the row whatever its role. */
  personProblems: Problem[];
  /** Problems with the entry's fields (employer, credit code, tech-based, city, skill level): refuse a captain's or individual's row. */
  entryProblems: Problem[];
}

export function parseBulkFile(sheets: readonly Sheet[], trades: TradeResolver): ParsedBulkFile {
  const { sheet, header } = findHeader(sheets);
  const data = sheet.rows.filter((r) => r.row > header.row);
  if (data.length === 0)
    throw refuseFile(HttpStatus.UNPROCESSABLE_ENTITY, `The file has a header row (row ${header.row}) but no entries below it`);
  if (data.length > MAX_DATA_ROWS) throw tooManyRows(data.length);

  const refusals: RowRefusal[] = [];
  const nameOfRow = new Map<number, string>();
  const refuse = (row: number, problems: readonly Problem[]) => refusals.push(refusalOf(row, problems, nameOfRow.get(row)));

  // Read every row; refuse a person who is already in an earlier row of the file.
  const firstRowOf = new Map<string, number>();
  const readable: RowFields[] = [];
  /** Refused rows of each team (trade and label): the team is not entered without them. */
  const refusedOfTeam = new Map<string, number[]>();
  const teamKey = (fields: RowFields) => `${fields.trade?.id}\u0000${fields.team}`;
  const refuseRow = (fields: RowFields, problems: readonly Problem[]) => {
    refuse(fields.row, problems);
    if (fields.trade && fields.trade.teamSize > 1 && fields.team !== '') {
      refusedOfTeam.set(teamKey(fields), [...(refusedOfTeam.get(teamKey(fields)) ?? []), fields.row]);
    }
  };
  for (const sheetRow of data) {
    const fields = readRow(sheetRow, header.columns, trades);
    if (fields.name !== '') nameOfRow.set(fields.row, fields.name);
    if (fields.personProblems.length > 0) {
      refuseRow(fields, fields.personProblems);
      continue;
    }
    const earlier = firstRowOf.get(fields.idNumber);
    if (earlier !== undefined) {
      refuseRow(fields, [
        {
          field: 'idNumber',
          message: `The same person (ID number ending ${fields.idNumber.slice(-4)}) is already in row ${earlier} of this file: one person, one entry`,
          code: 'bulk.duplicate_person',
          params: { row: earlier },
        },
      ]);
      continue;
    }
    firstRowOf.set(fields.idNumber, fields.row);
    readable.push(fields);
  }

  // Individuals: one row, one entry. Team trades: rows with the same team label form one entry.
  const groups: EntryGroup[] = [];
  const teams = new Map<string, RowFields[]>();
  for (const fields of readable) {
    const trade = fields.trade!;
    if (trade.teamSize === 1) {
      if (fields.entryProblems.length > 0) refuse(fields.row, fields.entryProblems);
      else groups.push({ rows: [fields.row], trade, fields: entryFieldsOf(fields, []) });
      continue;
    }
    if (fields.team === '') {
      refuse(fields.row, [
        {
          field: 'team',
          message: `${COLUMN_TITLES.team} is empty: ${trade.name} (${trade.id}) takes teams of ${trade.teamSize}; rows with the same team label form one team, its first row being the captain`,
          code: 'bulk.team_empty',
          params: { tradeId: trade.id, teamSize: trade.teamSize },
        },
      ]);
      continue;
    }
    teams.set(teamKey(fields), [...(teams.get(teamKey(fields)) ?? []), fields]);
  }

  for (const [key, rows] of teams) {
    const [captain, ...members] = rows as [RowFields, ...RowFields[]];
    const trade = captain.trade!;
    const label = captain.team;
    const teamProblem = (row: number, problems: readonly Problem[]) => {
      const refusal = refusalOf(row, problems, nameOfRow.get(row));
      for (const r of rows) {
        refusals.push(
          r.row === row
            ? refusal
            : {
                row: r.row,
                message: `Not entered with team ${label} (row ${row}: ${refusal.message})`,
                code: 'bulk.team_not_entered',
                params: { team: label, row },
                ...(r.name ? { name: r.name } : {}),
              },
        );
      }
    };
    const refusedRows = refusedOfTeam.get(key);
    if (refusedRows) {
      const which = refusedRows.length === 1 ? `its row ${refusedRows[0]} is` : `its rows ${refusedRows.join(', ')} are`;
      for (const r of rows) {
        refusals.push({
          row: r.row,
          message: `Not entered with team ${label}: ${which} refused (see there)`,
          code: 'bulk.team_rows_refused',
          params: { team: label, rows: refusedRows },
          ...(r.name ? { name: r.name } : {}),
        });
      }
      continue;
    }
    if (captain.entryProblems.length > 0) {
      teamProblem(captain.row, captain.entryProblems);
      continue;
    }
    const strayCity = members.find((m) => m.cityText !== '' && m.city !== captain.city);
    if (strayCity) {
      teamProblem(strayCity.row, [
        {
          field: 'city',
          message: `A team enters for one city: team ${label}'s captain (row ${captain.row}) is of ${captain.city}, this row names ${strayCity.cityText}`,
          code: 'bulk.team_city',
          params: { team: label, row: captain.row, city: captain.city ?? null, value: strayCity.cityText },
        },
      ]);
      continue;
    }
    if (rows.length !== trade.teamSize) {
      const missingOrExtra = rows.length < trade.teamSize ? 'a member is missing' : 'it has too many rows';
      teamProblem(captain.row, [
        {
          field: 'team',
          message:
            `Team size rule: ${trade.name} takes teams of ${trade.teamSize} (a captain and ${trade.teamSize - 1} members); ` +
            `team ${label} has ${rows.length} row${rows.length === 1 ? '' : 's'} (${rows.map((r) => r.row).join(', ')}): ${missingOrExtra}`,
          code: 'bulk.team_size',
          params: { tradeId: trade.id, teamSize: trade.teamSize, team: label, rows: rows.map((r) => r.row) },
        },
      ]);
      continue;
    }
    groups.push({ rows: rows.map((r) => r.row), team: label, trade, fields: entryFieldsOf(captain, members) });
  }

  return { groups, refusals, ignoredColumns: header.ignored };
}

function refusalOf(row: number, problems: readonly Problem[], name: string | undefined): RowRefusal {
  const [first] = problems;
  return {
    row,
    message: problems.map((p) => p.message).join('; '),
    field: first?.field,
    code: first?.code ?? 'request.invalid',
    params: first?.params ?? {},
    ...(problems.length > 1 ? { problems: problems.map(({ field, code, params }) => ({ field, code, params })) } : {}),
    ...(name ? { name } : {}),
  };
}

function entryFieldsOf(captain: RowFields, members: readonly RowFields[]): EntryFields {
  return {
    tradeId: captain.trade!.id,
    name: captain.name,
    idNumber: captain.idNumber,
    phone: captain.phone,
    employer: { name: captain.employer, creditCode: captain.creditCode, techBased: captain.techBased! },
    city: captain.city!,
    skillLevel: captain.skillLevel!,
    ...(captain.trade!.teamSize > 1 ? { members: members.map((m) => ({ name: m.name, idNumber: m.idNumber, phone: m.phone })) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The header row
// ---------------------------------------------------------------------------------------------

interface Header {
  row: number;
  columns: Map<BulkColumn, number>;
  ignored: string[];
}

function headerOf(row: SheetRow): Header {
  const columns = new Map<BulkColumn, number>();
  const ignored: string[] = [];
  row.cells.forEach((cell, index) => {
    const text = cell.text.trim();
    if (text === '') return;
    const column = columnOfHeader(text);
    if (column && !columns.has(column)) columns.set(column, index);
    else ignored.push(text);
  });
  return { row: row.row, columns, ignored };
}

/** The first sheet whose top rows hold a header naming every required column. */
function findHeader(sheets: readonly Sheet[]): { sheet: Sheet; header: Header } {
  let best: { sheet: Sheet; header: Header } | undefined;
  for (const sheet of sheets) {
    for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
      const header = headerOf(row);
      if (REQUIRED_COLUMNS.every((c) => header.columns.has(c))) return { sheet, header };
      if (!best || header.columns.size > best.header.columns.size) best = { sheet, header };
    }
  }
  const expected = REQUIRED_COLUMNS.map((c) => COLUMN_TITLES[c]).join(', ');
  if (!best || best.header.columns.size < 3) {
    throw refuseFile(
      HttpStatus.UNPROCESSABLE_ENTITY,
      `No header row found: one of the first rows must name the columns ${expected} (and optionally ${COLUMN_TITLES.team})`,
    );
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !best.header.columns.has(c)).map((c) => COLUMN_TITLES[c]);
  throw refuseFile(
    HttpStatus.UNPROCESSABLE_ENTITY,
    `The header row (row ${best.header.row}) lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// A data row
// ---------------------------------------------------------------------------------------------

const EMPTY: SheetCell = { text: '', numeric: false };

function readRow(sheetRow: SheetRow, columns: ReadonlyMap<BulkColumn, number>, trades: TradeResolver): RowFields {
  const cell = (column: BulkColumn): SheetCell => {
    const index = columns.get(column);
    return index === undefined ? EMPTY : (sheetRow.cells[index] ?? EMPTY);
  };
  const text = (column: BulkColumn) => cell(column).text.trim();
  const personProblems: Problem[] = [];
  const entryProblems: Problem[] = [];
  const empty = (field: BulkColumn): Problem => ({
    field,
    message: `${COLUMN_TITLES[field]} is empty`,
    code: 'bulk.empty',
    params: { column: field },
  });
  const lost = (field: BulkColumn, what: string, text: string): Problem => ({
    field,
    message: lostDigits(what, text),
    code: 'bulk.lost_digits',
    params: { column: field, value: text },
  });

  const name = text('name');
  if (name === '') personProblems.push(empty('name'));

  const idCell = cell('idNumber');
  const idNumber = normaliseIdNumber(idCell.text);
  if (idNumber === '') personProblems.push(empty('idNumber'));
  else if (idCell.numeric || looksScientific(idCell.text)) personProblems.push(lost('idNumber', 'ID number', idCell.text));

  const phoneCell = cell('phone');
  const phone = normalisePhone(phoneCell.text);
  if (phone === '') personProblems.push(empty('phone'));
  else if (looksScientific(phoneCell.text)) personProblems.push(lost('phone', 'phone number', phoneCell.text));

  const tradeText = text('tradeId');
  let trade: TradeRef | undefined;
  if (tradeText === '') personProblems.push(empty('tradeId'));
  else {
    const found = trades.resolve(tradeText);
    if ('trade' in found) trade = found.trade;
    else personProblems.push({ field: 'tradeId', message: found.error, code: 'bulk.unknown_trade', params: { value: tradeText } });
  }

  const employer = text('employer');
  if (employer === '') entryProblems.push(empty('employer'));

  const creditCell = cell('creditCode');
  const creditCode = normaliseCreditCode(creditCell.text);
  if (creditCode === '') entryProblems.push(empty('creditCode'));
  else if (creditCell.numeric || looksScientific(creditCell.text)) entryProblems.push(lost('creditCode', 'credit code', creditCell.text));

  const techText = text('techBased');
  const techBased = parseYesNo(techText);
  if (techBased === undefined) {
    entryProblems.push({
      field: 'techBased',
      message: `${COLUMN_TITLES.techBased} must be 是/否 (yes/no, true/false, 1/0)${techText ? `, not ${techText}` : ''}`,
      code: 'bulk.yes_no',
      params: { column: 'techBased', value: techText },
    });
  }

  const cityText = text('city');
  const city = cityText === '' ? undefined : parseCity(cityText);
  if (cityText === '') entryProblems.push(empty('city'));
  else if (!city)
    entryProblems.push({
      field: 'city',
      message: `Unknown city ${cityText}: give a city id (shenyang) or its name (沈阳)`,
      code: 'bulk.unknown_city',
      params: { value: cityText },
    });

  const levelText = text('skillLevel');
  const skillLevel = parseSkillLevel(levelText);
  if (!skillLevel) {
    entryProblems.push({
      field: 'skillLevel',
      message: `${COLUMN_TITLES.skillLevel} must be none, level-5 … level-1, or 初级工, 中级工, 高级工, 技师, 高级技师${levelText ? `, not ${levelText}` : ''}`,
      code: 'bulk.skill_level',
      params: { value: levelText },
    });
  }
  // A member's row may leave the entry's fields blank, but a city it names must be a city.
  if (cityText !== '' && !city) personProblems.push(...entryProblems.filter((p) => p.field === 'city'));

  return {
    row: sheetRow.row,
    name,
    idNumber,
    phone,
    employer,
    creditCode,
    techBased,
    city,
    cityText,
    trade,
    skillLevel,
    team: text('team'),
    personProblems,
    entryProblems,
  };
}

function lostDigits(what: string, shown: string): string {
  return (
    `The ${what} came as a number (${shown.trim()}), so its last digits are lost (Excel keeps 15): ` +
    `format the column as text (or type an apostrophe first) and enter the ${what} again`
  );
}
