import { DomainError } from '../shared/domain-error.js';
import type { RefusalCode } from '../shared/refusal-codes.js';
import type {
  Aspect,
  ContestEventDefinition,
  EventCategory,
  EventKind,
  HonoursConditions,
  PrizePolicy,
  SubCriterion,
  TradeDefinition,
  TradeRegistrationRules,
} from './catalogue.types.js';
import { assertTradeIsSound } from './trade.js';

/**
 * The catalogue workbook (docs/setting-up-an-edition.md): three sheets — events, trades, the marking
 * schemes — as the organiser and each trade's expert group fill them in. Pure: cell texts in, a plan
 * (what to create or change, what is refused and why, row by row) out. Reading and writing XLSX is
 * the api's job; the demo catalogue goes through this same code (`catalogueToRows` then `planCatalogueImport`).
 */

export type CatalogueSheet = 'events' | 'trades' | 'scheme';
export const CATALOGUE_SHEETS: readonly CatalogueSheet[] = ['events', 'trades', 'scheme'];

export interface WorkbookColumn {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
}

/** Sheet names as exported; on import the Chinese or English part alone is accepted too. */
export const SHEET_TITLES: Record<CatalogueSheet, { zh: string; en: string }> = {
  events: { zh: '赛事', en: 'events' },
  trades: { zh: '工种', en: 'trades' },
  scheme: { zh: '评分标准', en: 'scheme' },
};

const col = (key: string, zh: string, en: string, required = false): WorkbookColumn => ({ key, zh, en, required });

export const CATALOGUE_COLUMNS: Record<CatalogueSheet, readonly WorkbookColumn[]> = {
  events: [
    col('id', '赛事编号', 'id', true),
    col('name', '赛事名称', 'name', true),
    col('nameEn', '英文名称', 'nameEn', true),
    col('category', '类别', 'category', true),
    col('organisingUnit', '承办单位', 'organisingUnit', true),
    col('venue', '地点', 'venue', true),
    col('date', '比赛日期', 'date', true),
    col('kind', '赛事类型', 'kind'),
  ],
  trades: [
    col('id', '工种编号', 'id', true),
    col('eventId', '赛事编号', 'eventId', true),
    col('name', '工种名称', 'name', true),
    col('nameEn', '英文名称', 'nameEn', true),
    col('teamSize', '每队人数', 'teamSize', true),
    col('theoryWeight', '理论权重', 'theoryWeight', true),
    col('practicalWeight', '实操权重', 'practicalWeight', true),
    col('panelSize', '裁判组人数', 'panelSize', true),
    col('trimmedMean', '去高去低', 'trimmedMean'),
    col('keyAspects', '关键评分项', 'keyAspects'),
    col('keyAspectComparison', '关键项比较', 'keyAspectComparison'),
    col('prizeMode', '奖项方式', 'prizeMode'),
    col('prizeFirst', '一等奖', 'prizeFirst'),
    col('prizeSecond', '二等奖', 'prizeSecond'),
    col('prizeThird', '三等奖', 'prizeThird'),
    col('prizeCutOff', '名额取整', 'prizeCutOff'),
    col('mayDayMedalMin', '五一奖章最少人数', 'mayDayMedalMinContestants'),
    col('technicalExpertMin', '技术能手最少人数', 'technicalExpertMinContestants'),
    col('standardisation', '标准化', 'standardisation'),
    col('coiSameCity', '同城回避', 'conflictSameCity'),
    col('appealWindowMinutes', '申诉时限分钟', 'appealWindowMinutes'),
    col('publicityWorkingDays', '公示工作日', 'publicityWorkingDays'),
    col('workstations', '工位数', 'workstations'),
    col('ageMin', '最低年龄', 'ageMin'),
    col('ageMax', '最高年龄', 'ageMax'),
    col('quotaPerCity', '每市名额', 'quotaPerCity'),
    col('noFirstPrizeInLastEditions', '近N届一等奖不得参赛', 'noFirstPrizeInLastEditions'),
    col('theoryAnswerKey', '理论答案', 'theoryAnswerKey'),
    col('previousTradeId', '上届工种编号', 'previousTradeId'),
  ],
  scheme: [
    col('tradeId', '工种编号', 'tradeId', true),
    col('subCriterionId', '分项编号', 'subCriterionId', true),
    col('subCriterionName', '分项名称', 'subCriterionName', true),
    col('aspectId', '评分项编号', 'aspectId', true),
    col('type', '类型', 'type', true),
    col('description', '描述', 'description', true),
    col('level0', '0分描述', 'level0'),
    col('level1', '1分描述', 'level1'),
    col('level2', '2分描述', 'level2'),
    col('level3', '3分描述', 'level3'),
    col('maxMark', '满分', 'maxMark', true),
    col('markingDay', '评分日', 'markingDay'),
  ],
};

/** The header as exported: `中文 english`. */
export const columnHeader = (column: WorkbookColumn) => `${column.zh} ${column.en}`;

const normalise = (text: string) => text.replace(/[\s/（）()_-]+/g, '').toLowerCase();

/** Which column a header cell names (Chinese, English or both), if any. */
export function matchColumn(sheet: CatalogueSheet, header: string): WorkbookColumn | undefined {
  const h = normalise(header);
  if (h === '') return undefined;
  return CATALOGUE_COLUMNS[sheet].find(
    (c) => h === normalise(c.zh) || h === normalise(c.en) || h === normalise(c.key) || h === normalise(columnHeader(c)),
  );
}

/** Which catalogue sheet a worksheet's name is. */
export function matchSheet(name: string): CatalogueSheet | undefined {
  const n = normalise(name);
  return CATALOGUE_SHEETS.find((s) => {
    const t = SHEET_TITLES[s];
    return n === normalise(t.zh) || n === normalise(t.en) || n === normalise(`${t.zh} ${t.en}`);
  });
}

/** One row of a sheet: cells by column key, as text. */
export interface WorkbookRow {
  /** 1-based row number as the user sees it (the header is row 1). */
  row: number;
  cells: Readonly<Record<string, string>>;
}

export type CatalogueRows = Record<CatalogueSheet, readonly WorkbookRow[]>;

// ---------------------------------------------------------------------------------------------
// Export: the catalogue as rows
// ---------------------------------------------------------------------------------------------

const yesNo = (value: boolean) => (value ? '是' : '否');
const num = (value: number | undefined) => (value === undefined ? '' : String(value));

export function tradeToCells(trade: TradeDefinition): Record<string, string> {
  const prizes = trade.prizes;
  const rules = trade.registration ?? {};
  return {
    id: trade.id,
    eventId: trade.eventId,
    name: trade.name,
    nameEn: trade.nameEn,
    teamSize: String(trade.teamSize),
    theoryWeight: String(trade.weights.theory),
    practicalWeight: String(trade.weights.practical),
    panelSize: String(trade.panelSize),
    trimmedMean: yesNo(trade.trimmedMean),
    keyAspects: trade.keyAspectIds.join(','),
    keyAspectComparison: trade.keyAspectComparison ?? '',
    prizeMode: prizes?.mode ?? '',
    prizeFirst: num(prizes?.first),
    prizeSecond: num(prizes?.second),
    prizeThird: num(prizes?.third),
    prizeCutOff: prizes?.cutOff ?? '',
    mayDayMedalMin: num(trade.honours?.may_day_labour_medal?.minContestants),
    technicalExpertMin: num(trade.honours?.technical_expert?.minContestants),
    standardisation: trade.standardisation?.version ?? '',
    coiSameCity: trade.conflictOfInterest ? yesNo(trade.conflictOfInterest.sameCity) : '',
    appealWindowMinutes: num(trade.appealWindowMinutes),
    publicityWorkingDays: num(trade.publicityWorkingDays),
    workstations: num(trade.workstations),
    ageMin: num(rules.ageWindow?.min),
    ageMax: num(rules.ageWindow?.max),
    quotaPerCity: num(rules.quotaPerCity),
    noFirstPrizeInLastEditions: num(rules.noFirstPrizeInLastEditions),
    theoryAnswerKey: trade.theory ? trade.theory.answerKey.join(',') : '',
    previousTradeId: trade.previousTradeId ?? '',
  };
}

export function schemeToCells(trade: TradeDefinition): Record<string, string>[] {
  return trade.scheme.subCriteria.flatMap((sub) =>
    sub.aspects.map((aspect) => ({
      tradeId: trade.id,
      subCriterionId: sub.id,
      subCriterionName: sub.name,
      aspectId: aspect.id,
      type: aspect.type === 'judgement' ? 'J' : 'M',
      description: aspect.description,
      level0: aspect.type === 'judgement' ? aspect.descriptors[0] : '',
      level1: aspect.type === 'judgement' ? aspect.descriptors[1] : '',
      level2: aspect.type === 'judgement' ? aspect.descriptors[2] : '',
      level3: aspect.type === 'judgement' ? aspect.descriptors[3] : '',
      maxMark: String(aspect.maxMark),
      markingDay: num(aspect.markingDay),
    })),
  );
}

/** The catalogue as workbook rows (row numbers from 2: row 1 is the header). */
export function catalogueToRows(events: readonly ContestEventDefinition[], trades: readonly TradeDefinition[]): CatalogueRows {
  const numbered = (cells: Record<string, string>[]): WorkbookRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
  return {
    events: numbered(
      events.map((e) => ({
        id: e.id,
        name: e.name,
        nameEn: e.nameEn,
        category: e.category,
        organisingUnit: e.organisingUnit,
        venue: e.venue,
        date: e.date,
        // Blank = practical, the default (as every optional cell): a workbook exported as uploaded.
        kind: e.kind === 'achievement' ? 'achievement' : '',
      })),
    ),
    trades: numbered(trades.map(tradeToCells)),
    scheme: numbered(trades.flatMap(schemeToCells)),
  };
}

// ---------------------------------------------------------------------------------------------
// Import: rows → plan
// ---------------------------------------------------------------------------------------------

export interface CatalogueRefusal {
  sheet: CatalogueSheet;
  row: number;
  /** The column's key (`maxMark`), when one cell is at fault. */
  column?: string;
  code: RefusalCode;
  params: Record<string, string | number>;
  message: string;
}

export type CatalogueRowStatus = 'created' | 'changed' | 'unchanged' | 'refused';

export interface CatalogueRowReport {
  sheet: CatalogueSheet;
  row: number;
  id: string;
  status: CatalogueRowStatus;
  /** Why a refused row was refused (the first reason; `refusals` has them all). */
  refusal?: CatalogueRefusal;
}

/** What the platform holds now, as the import compares against it. */
export interface CurrentCatalogue {
  /** The current edition's events and trades. */
  events: ReadonlyMap<string, ContestEventDefinition & { tradeIds: readonly string[] }>;
  trades: ReadonlyMap<string, { definition: TradeDefinition; lotsDrawn: boolean }>;
  /**
   * Trades of the earlier editions, id → their edition: an id names one trade for good (it is the
   * trade's stream), so a new edition's trades have ids of their own and may name one of these as previous.
   */
  earlierTrades?: ReadonlyMap<string, string>;
}

export interface CatalogueImportPlan {
  /** Every event and trade row, and every refused scheme row. */
  rows: CatalogueRowReport[];
  refusals: CatalogueRefusal[];
  /** Events to define (new or changed, or with new trades), with the ids of all their trades. */
  events: { event: ContestEventDefinition; tradeIds: string[]; status: 'created' | 'changed' }[];
  trades: { trade: TradeDefinition; status: 'created' | 'changed' }[];
}

export const EVENT_CATEGORIES: readonly EventCategory[] = [
  'iot',
  'cloud-computing',
  'big-data',
  '5g-smart-innovation',
  'drones',
  'network-security',
  'workers-innovation',
  'university-transfer',
  'classic-trades',
];

/** The events sheet's `kind` cell: English or Chinese; empty = practical. */
const EVENT_KIND_CELLS: Record<string, EventKind> = {
  practical: 'practical',
  achievement: 'achievement',
  技能竞赛: 'practical',
  实操竞赛: 'practical',
  实操: 'practical',
  成果评审: 'achievement',
  成果: 'achievement',
  评审: 'achievement',
};

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

class RowReader {
  readonly refusals: CatalogueRefusal[] = [];
  constructor(
    private readonly sheet: CatalogueSheet,
    private readonly source: WorkbookRow,
  ) {}

  refuse(column: string | undefined, code: RefusalCode, params: Record<string, string | number>, message: string): undefined {
    this.refusals.push({ sheet: this.sheet, row: this.source.row, ...(column ? { column } : {}), code, params, message });
    return undefined;
  }

  text(key: string): string {
    return (this.source.cells[key] ?? '').trim();
  }

  required(key: string): string | undefined {
    const value = this.text(key);
    if (value === '') return this.refuse(key, 'catalogue.required', { column: key }, `${key} is required`);
    return value;
  }

  id(key: string, optional = false): string | undefined {
    const value = optional ? this.text(key) : this.required(key);
    if (value === undefined || value === '') return undefined;
    if (!ID_PATTERN.test(value))
      return this.refuse(key, 'catalogue.bad_id', { column: key, value }, `${value} is not an id (letters, digits, . _ -)`);
    return value;
  }

  number(key: string, check: (n: number) => boolean, expected: string, optional = true): number | undefined {
    const value = optional ? this.text(key) : this.required(key);
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    if (!/^-?\d+(\.\d+)?$/.test(value) || !Number.isFinite(n) || !check(n)) {
      return this.refuse(key, 'catalogue.bad_value', { column: key, value, expected }, `${key}: ${value} is not ${expected}`);
    }
    return n;
  }

  oneOf<T extends string | boolean>(key: string, map: Record<string, T>, optional = true): T | undefined {
    const value = optional ? this.text(key) : this.required(key);
    if (value === undefined || value === '') return undefined;
    const found = map[value.toLowerCase()] ?? map[value];
    if (found === undefined) {
      const expected = [...new Set(Object.keys(map))].join(' / ');
      return this.refuse(key, 'catalogue.bad_value', { column: key, value, expected }, `${key}: ${value} is not one of ${expected}`);
    }
    return found;
  }
}

const BOOLEANS: Record<string, boolean> = { 是: true, 否: false, yes: true, no: false, true: true, false: false, y: true, n: false };
const wholeAtLeast = (min: number) => (n: number) => Number.isInteger(n) && n >= min;
const TYPES: Record<string, 'measurement' | 'judgement'> = {
  m: 'measurement',
  j: 'judgement',
  measurement: 'measurement',
  judgement: 'judgement',
  测量: 'measurement',
  评价: 'judgement',
};

function readEvent(source: WorkbookRow): { event?: ContestEventDefinition; refusals: CatalogueRefusal[] } {
  const r = new RowReader('events', source);
  const id = r.id('id');
  const name = r.required('name');
  const nameEn = r.required('nameEn');
  const category = r.oneOf('category', Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, c])) as Record<string, EventCategory>, false);
  const organisingUnit = r.required('organisingUnit');
  const venue = r.required('venue');
  const dateText = r.required('date');
  const kind = r.oneOf('kind', EVENT_KIND_CELLS);
  let date: string | undefined;
  if (dateText !== undefined) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(dateText) && !Number.isNaN(Date.parse(`${dateText}T00:00:00Z`))) date = dateText;
    else
      r.refuse(
        'date',
        'catalogue.bad_value',
        { column: 'date', value: dateText, expected: 'YYYY-MM-DD' },
        `date: ${dateText} is not YYYY-MM-DD`,
      );
  }
  if (r.refusals.length > 0 || !id || !name || !nameEn || !category || !organisingUnit || !venue || !date) return { refusals: r.refusals };
  // `practical` is the default and is not stored: a workbook exported and imported again changes nothing.
  return { event: { id, name, nameEn, category, organisingUnit, venue, date, ...(kind === 'achievement' ? { kind } : {}) }, refusals: [] };
}

type TradeWithoutScheme = Omit<TradeDefinition, 'scheme'>;

function readTrade(source: WorkbookRow): { trade?: TradeWithoutScheme; refusals: CatalogueRefusal[] } {
  const r = new RowReader('trades', source);
  const id = r.id('id');
  const eventId = r.id('eventId');
  const name = r.required('name');
  const nameEn = r.required('nameEn');
  const teamSize = r.number('teamSize', (n) => n === 1 || n === 2 || n === 3, '1, 2 or 3', false) as 1 | 2 | 3 | undefined;
  const percent = (n: number) => n >= 0 && n <= 100;
  const theory = r.number('theoryWeight', percent, 'a percent from 0 to 100', false);
  const practical = r.number('practicalWeight', percent, 'a percent from 0 to 100', false);
  if (theory !== undefined && practical !== undefined && Math.round(theory * 100) + Math.round(practical * 100) !== 10_000) {
    r.refuse(
      'theoryWeight',
      'catalogue.weights_total',
      { tradeId: id ?? '', total: theory + practical },
      `The weights sum to ${theory + practical}, not 100`,
    );
  }
  const panelSize = r.number('panelSize', (n) => n === 3 || n === 5, '3 or 5', false) as 3 | 5 | undefined;
  const trimmedMean = r.oneOf('trimmedMean', BOOLEANS) ?? false;
  const keyAspectIds = r
    .text('keyAspects')
    .split(/[,，、;\s]+/)
    .filter((s) => s !== '');
  const keyAspectComparison = r.oneOf('keyAspectComparison', { in_order: 'in_order', sum: 'sum' } as const);
  const prizeMode = r.oneOf('prizeMode', { ratio: 'ratio', count: 'count', 比例: 'ratio', 名额: 'count' } as const);
  const prizeNumber = (key: string) =>
    r.number(key, (n) => n >= 0 && (prizeMode !== 'count' || Number.isInteger(n)), prizeMode === 'count' ? 'a whole number' : 'a percent');
  const first = prizeNumber('prizeFirst');
  const second = prizeNumber('prizeSecond');
  const third = prizeNumber('prizeThird');
  const cutOff = r.oneOf('prizeCutOff', {
    round_half_up: 'round_half_up',
    not_exceeding: 'not_exceeding',
    不超过: 'not_exceeding',
  } as const);
  let prizes: PrizePolicy | undefined;
  if (prizeMode) {
    if (first === undefined || second === undefined || third === undefined) {
      r.refuse('prizeFirst', 'catalogue.required', { column: 'prizeFirst' }, 'A prize mode needs the first, second and third prize');
    } else prizes = { mode: prizeMode, first, second, third, ...(cutOff ? { cutOff } : {}) };
  }
  const mayDay = r.number('mayDayMedalMin', wholeAtLeast(1), 'a whole number, at least 1');
  const expert = r.number('technicalExpertMin', wholeAtLeast(1), 'a whole number, at least 1');
  const honours: HonoursConditions | undefined =
    mayDay !== undefined || expert !== undefined
      ? {
          ...(mayDay !== undefined ? { may_day_labour_medal: { minContestants: mayDay } } : {}),
          ...(expert !== undefined ? { technical_expert: { minContestants: expert } } : {}),
        }
      : undefined;
  const standardisation = r.oneOf('standardisation', { 'median700-v1': 'median700-v1' } as const);
  const sameCity = r.oneOf('coiSameCity', BOOLEANS);
  const appealWindowMinutes = r.number('appealWindowMinutes', wholeAtLeast(1), 'a whole number of minutes, at least 1');
  const publicityWorkingDays = r.number('publicityWorkingDays', wholeAtLeast(0), 'a whole number of days');
  const workstations = r.number('workstations', wholeAtLeast(1), 'a whole number, at least 1');
  const ageMin = r.number('ageMin', wholeAtLeast(14), 'a whole age, at least 14');
  const ageMax = r.number('ageMax', (n) => Number.isInteger(n) && n <= 100, 'a whole age, at most 100');
  if ((ageMin === undefined) !== (ageMax === undefined) || (ageMin !== undefined && ageMax !== undefined && ageMax < ageMin)) {
    r.refuse(
      'ageMax',
      'catalogue.bad_value',
      { column: 'ageMax', value: r.text('ageMax'), expected: 'ageMin ≤ ageMax' },
      'An age window needs a min and a max, min ≤ max',
    );
  }
  const quotaPerCity = r.number('quotaPerCity', wholeAtLeast(1), 'a whole number, at least 1');
  const noFirstPrize = r.number('noFirstPrizeInLastEditions', wholeAtLeast(1), 'a whole number, at least 1');
  const previousTradeId = r.id('previousTradeId', true);
  const keyText = r.text('theoryAnswerKey');
  const answerKey =
    keyText === ''
      ? undefined
      : keyText
          .split(/[,，、;\s]+/)
          .filter((s) => s !== '')
          .map((s) => s.toUpperCase());
  if (answerKey?.some((a) => !/^[A-Z]+$/.test(a) || new Set(a).size !== a.length)) {
    r.refuse(
      'theoryAnswerKey',
      'catalogue.bad_value',
      { column: 'theoryAnswerKey', value: keyText, expected: 'A,C,BD,…' },
      'The answer key is letters A–Z separated by commas',
    );
  }
  const registration: TradeRegistrationRules = {
    ...(ageMin !== undefined && ageMax !== undefined ? { ageWindow: { min: ageMin, max: ageMax } } : {}),
    ...(quotaPerCity !== undefined ? { quotaPerCity } : {}),
    ...(noFirstPrize !== undefined ? { noFirstPrizeInLastEditions: noFirstPrize } : {}),
  };
  if (
    r.refusals.length > 0 ||
    !id ||
    !eventId ||
    !name ||
    !nameEn ||
    teamSize === undefined ||
    theory === undefined ||
    practical === undefined ||
    panelSize === undefined
  ) {
    return { refusals: r.refusals };
  }
  const trade: TradeWithoutScheme = {
    id,
    eventId,
    name,
    nameEn,
    teamSize,
    weights: { theory, practical },
    panelSize,
    trimmedMean,
    keyAspectIds,
    ...(keyAspectComparison ? { keyAspectComparison } : {}),
    ...(Object.keys(registration).length > 0 ? { registration } : {}),
    ...(workstations !== undefined ? { workstations } : {}),
    ...(answerKey ? { theory: { answerKey } } : {}),
    ...(prizes ? { prizes } : {}),
    ...(honours ? { honours } : {}),
    ...(standardisation ? { standardisation: { version: standardisation } } : {}),
    ...(sameCity !== undefined ? { conflictOfInterest: { sameCity } } : {}),
    ...(appealWindowMinutes !== undefined ? { appealWindowMinutes } : {}),
    ...(publicityWorkingDays !== undefined ? { publicityWorkingDays } : {}),
    ...(previousTradeId ? { previousTradeId } : {}),
  };
  return { trade, refusals: [] };
}

interface SchemeLine {
  row: number;
  tradeId: string;
  subCriterionId: string;
  subCriterionName: string;
  aspect: Aspect;
}

function readSchemeRow(source: WorkbookRow): { line?: SchemeLine; refusals: CatalogueRefusal[] } {
  const r = new RowReader('scheme', source);
  const tradeId = r.id('tradeId');
  const subCriterionId = r.id('subCriterionId');
  const subCriterionName = r.required('subCriterionName');
  const aspectId = r.id('aspectId');
  const type = r.oneOf('type', TYPES, false);
  const description = r.required('description');
  const maxMark = r.number(
    'maxMark',
    (n) => n > 0 && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6,
    'a positive mark with at most two decimals',
    false,
  );
  const markingDay = r.number('markingDay', wholeAtLeast(1), 'a whole day number, at least 1');
  const levels = ['level0', 'level1', 'level2', 'level3'].map((k) => r.text(k));
  if (type === 'judgement') {
    const missing = levels.indexOf('');
    if (missing >= 0) {
      r.refuse(
        `level${missing}`,
        'catalogue.descriptors_missing',
        { aspectId: aspectId ?? '', level: missing },
        `Judgement aspect ${aspectId}: the descriptor of level ${missing} is missing (a J aspect has all four)`,
      );
    }
  }
  if (
    r.refusals.length > 0 ||
    !tradeId ||
    !subCriterionId ||
    !subCriterionName ||
    !aspectId ||
    !type ||
    !description ||
    maxMark === undefined
  ) {
    return { refusals: r.refusals };
  }
  const extra = markingDay !== undefined ? { markingDay } : {};
  const aspect: Aspect =
    type === 'judgement'
      ? { id: aspectId, type, description, maxMark, descriptors: levels as [string, string, string, string], ...extra }
      : { id: aspectId, type, description, maxMark, ...extra };
  return { line: { row: source.row, tradeId, subCriterionId, subCriterionName, aspect }, refusals: [] };
}

/** A stable text of a value, keys sorted: two definitions are the same when their texts are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .filter((k) => v[k] !== undefined)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** Which column of the trades sheet a domain refusal's field is about. */
const FIELD_COLUMNS: Record<string, string> = {
  weights: 'theoryWeight',
  keyAspectIds: 'keyAspects',
  keyAspectComparison: 'keyAspectComparison',
  workstations: 'workstations',
  'theory.answerKey': 'theoryAnswerKey',
  prizes: 'prizeFirst',
  'prizes.mode': 'prizeMode',
  'prizes.first': 'prizeFirst',
  'prizes.second': 'prizeSecond',
  'prizes.third': 'prizeThird',
  'prizes.cutOff': 'prizeCutOff',
  honours: 'mayDayMedalMin',
  appealWindowMinutes: 'appealWindowMinutes',
  publicityWorkingDays: 'publicityWorkingDays',
};

/**
 * Reads the rows, checks every rule of the domain, compares with what the platform holds, and says
 * row by row what happens. Good rows are not blocked by bad ones; a trade is taken or refused as a
 * whole with its scheme (max marks sum to 100); the same rows twice plan nothing.
 */
export function planCatalogueImport(rows: CatalogueRows, current: CurrentCatalogue): CatalogueImportPlan {
  const refusals: CatalogueRefusal[] = [];
  const report: CatalogueRowReport[] = [];
  const refuseRow = (sheet: CatalogueSheet, row: number, id: string, reasons: CatalogueRefusal[]) => {
    refusals.push(...reasons);
    report.push({ sheet, row, id, status: 'refused', refusal: reasons[0] });
  };

  // Events
  const events = new Map<string, { event: ContestEventDefinition; row: number }>();
  const refusedEvents = new Set<string>();
  for (const source of rows.events) {
    const read = readEvent(source);
    const id = (source.cells.id ?? '').trim();
    if (!read.event) {
      refusedEvents.add(id);
      refuseRow('events', source.row, id, read.refusals);
      continue;
    }
    if (events.has(read.event.id) || refusedEvents.has(read.event.id)) {
      refuseRow('events', source.row, id, [duplicate('events', source.row, 'id', id, events.get(id)?.row)]);
      continue;
    }
    events.set(read.event.id, { event: read.event, row: source.row });
  }

  // Scheme lines, grouped by trade
  const lines = new Map<string, SchemeLine[]>();
  const badSchemeRows = new Map<string, CatalogueRefusal[]>();
  for (const source of rows.scheme) {
    const read = readSchemeRow(source);
    const tradeId = (source.cells.tradeId ?? '').trim();
    if (!read.line) {
      refuseRow('scheme', source.row, (source.cells.aspectId ?? '').trim(), read.refusals);
      badSchemeRows.set(tradeId, [...(badSchemeRows.get(tradeId) ?? []), ...read.refusals]);
      continue;
    }
    const same = lines.get(tradeId) ?? [];
    const twin = same.find((l) => l.aspect.id === read.line!.aspect.id);
    if (twin) {
      const reason = duplicate('scheme', source.row, 'aspectId', read.line.aspect.id, twin.row);
      refuseRow('scheme', source.row, read.line.aspect.id, [reason]);
      badSchemeRows.set(tradeId, [...(badSchemeRows.get(tradeId) ?? []), reason]);
      continue;
    }
    lines.set(tradeId, [...same, read.line]);
  }

  // Trades
  const trades = new Map<string, { trade: TradeDefinition; row: number; status: 'created' | 'changed' }>();
  const seenTrades = new Map<string, number>();
  for (const source of rows.trades) {
    const id = (source.cells.id ?? '').trim();
    const read = readTrade(source);
    if (!read.trade) {
      refuseRow('trades', source.row, id, read.refusals);
      seenTrades.set(id, source.row);
      continue;
    }
    if (seenTrades.has(id)) {
      refuseRow('trades', source.row, id, [duplicate('trades', source.row, 'id', id, seenTrades.get(id))]);
      continue;
    }
    seenTrades.set(id, source.row);
    const base = read.trade;
    const here = (column: string | undefined, code: RefusalCode, params: Record<string, string | number>, message: string) => [
      { sheet: 'trades' as const, row: source.row, ...(column ? { column } : {}), code, params, message },
    ];
    if (!events.has(base.eventId) && !current.events.has(base.eventId)) {
      refuseRow(
        'trades',
        source.row,
        id,
        here(
          'eventId',
          'catalogue.unknown_event',
          { eventId: base.eventId },
          `Event ${base.eventId} is neither in the events sheet nor in the catalogue`,
        ),
      );
      continue;
    }
    const earlierEdition = current.earlierTrades?.get(id);
    if (earlierEdition !== undefined) {
      refuseRow(
        'trades',
        source.row,
        id,
        here(
          'id',
          'catalogue.trade_of_earlier_edition',
          { tradeId: id, edition: earlierEdition },
          `Trade id ${id} belongs to the edition ${earlierEdition}: give this edition's trade an id of its own (and ${id} as its previous trade)`,
        ),
      );
      continue;
    }
    if (base.previousTradeId !== undefined && !current.earlierTrades?.has(base.previousTradeId)) {
      refuseRow(
        'trades',
        source.row,
        id,
        here(
          'previousTradeId',
          'catalogue.unknown_previous_trade',
          { tradeId: base.previousTradeId },
          `Previous trade ${base.previousTradeId} is not a trade of an earlier edition`,
        ),
      );
      continue;
    }
    const existing = current.trades.get(id);
    const own = lines.get(id);
    if (badSchemeRows.has(id)) {
      refuseRow(
        'trades',
        source.row,
        id,
        here(
          undefined,
          'catalogue.scheme_rows_refused',
          { tradeId: id, rows: badSchemeRows.get(id)!.length },
          `Rows of the scheme of ${id} are refused: fix them`,
        ),
      );
      continue;
    }
    if (!own && !existing) {
      refuseRow(
        'trades',
        source.row,
        id,
        here(undefined, 'catalogue.no_scheme', { tradeId: id }, `Trade ${id} has no rows in the scheme sheet`),
      );
      continue;
    }
    const scheme = own ? schemeOf(own) : existing!.definition.scheme;
    const trade: TradeDefinition = { ...base, scheme };
    const schemeRefusal = checkScheme(trade, own?.[0]?.row ?? source.row);
    if (schemeRefusal) {
      refuseRow('trades', source.row, id, [schemeRefusal]);
      if (own) report.push({ sheet: 'scheme', row: schemeRefusal.row, id, status: 'refused', refusal: schemeRefusal });
      continue;
    }
    try {
      assertTradeIsSound(trade);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const column = error.field ? FIELD_COLUMNS[error.field] : undefined;
      refuseRow(
        'trades',
        source.row,
        id,
        here(
          column,
          error.code === error.kind ? 'catalogue.rule' : error.code,
          { ...stringParams(error.params), message: error.message },
          error.message,
        ),
      );
      continue;
    }
    if (existing && canonical(existing.definition) === canonical(trade)) {
      report.push({ sheet: 'trades', row: source.row, id, status: 'unchanged' });
      continue;
    }
    if (existing?.lotsDrawn) {
      refuseRow(
        'trades',
        source.row,
        id,
        here(
          undefined,
          'catalogue.trade_drawn',
          { tradeId: id },
          `Lots of ${id} are drawn: change its scheme or rules with a reason and the approvals (trade page), not by upload`,
        ),
      );
      continue;
    }
    const status = existing ? 'changed' : 'created';
    trades.set(id, { trade, row: source.row, status });
    report.push({ sheet: 'trades', row: source.row, id, status });
  }
  // Scheme rows of a trade the platform holds but the trades sheet leaves out (a scheme sheet sent alone): its new scheme.
  for (const [tradeId, own] of lines) {
    if (seenTrades.has(tradeId)) continue;
    const existing = current.trades.get(tradeId);
    const first = own[0]!.row;
    const refuseScheme = (reason: CatalogueRefusal) => refuseRow('scheme', first, tradeId, [reason]);
    if (!existing) {
      refuseScheme({
        sheet: 'scheme',
        row: first,
        column: 'tradeId',
        code: 'catalogue.unknown_trade',
        params: { tradeId },
        message: `Trade ${tradeId} is neither in the trades sheet nor in the catalogue`,
      });
      continue;
    }
    if (badSchemeRows.has(tradeId)) continue;
    const trade: TradeDefinition = { ...existing.definition, scheme: schemeOf(own) };
    const totalRefusal = checkScheme(trade, first);
    if (totalRefusal) {
      refuseScheme(totalRefusal);
      continue;
    }
    try {
      assertTradeIsSound(trade);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refuseScheme({
        sheet: 'scheme',
        row: first,
        code: error.code === error.kind ? 'catalogue.rule' : error.code,
        params: { ...stringParams(error.params), message: error.message },
        message: error.message,
      });
      continue;
    }
    if (canonical(existing.definition) === canonical(trade)) {
      report.push({ sheet: 'scheme', row: first, id: tradeId, status: 'unchanged' });
      continue;
    }
    if (existing.lotsDrawn) {
      refuseScheme({
        sheet: 'scheme',
        row: first,
        code: 'catalogue.trade_drawn',
        params: { tradeId },
        message: `Lots of ${tradeId} are drawn: change its scheme with a reason and the approvals, not by upload`,
      });
      continue;
    }
    trades.set(tradeId, { trade, row: first, status: 'changed' });
    report.push({ sheet: 'scheme', row: first, id: tradeId, status: 'changed' });
  }

  // Events to write: new or changed ones, and those whose list of trades grows.
  const tradeIdsOf = (eventId: string) => {
    const ids = new Set(current.events.get(eventId)?.tradeIds ?? []);
    for (const { trade } of trades.values()) if (trade.eventId === eventId) ids.add(trade.id);
    for (const { trade } of trades.values()) if (trade.eventId !== eventId) ids.delete(trade.id);
    return [...ids];
  };
  const plannedEvents: CatalogueImportPlan['events'] = [];
  const eventIds = new Set([...events.keys(), ...[...trades.values()].map((t) => t.trade.eventId)]);
  for (const eventId of eventIds) {
    const fromSheet = events.get(eventId);
    const existing = current.events.get(eventId);
    const event = fromSheet?.event ?? stripTradeIds(existing!);
    const tradeIds = tradeIdsOf(eventId);
    const sameEvent = existing && canonical(stripTradeIds(existing)) === canonical(event);
    const sameTrades = existing && [...existing.tradeIds].sort().join() === [...tradeIds].sort().join();
    const status = !existing ? 'created' : sameEvent ? 'unchanged' : 'changed';
    if (fromSheet) report.push({ sheet: 'events', row: fromSheet.row, id: eventId, status });
    if (!existing || !sameEvent || !sameTrades) plannedEvents.push({ event, tradeIds, status: existing ? 'changed' : 'created' });
  }
  report.sort((a, b) => CATALOGUE_SHEETS.indexOf(a.sheet) - CATALOGUE_SHEETS.indexOf(b.sheet) || a.row - b.row);
  return {
    rows: report,
    refusals,
    events: plannedEvents,
    trades: [...trades.values()].map(({ trade, status }) => ({ trade, status })),
  };
}

function stripTradeIds(event: ContestEventDefinition & { tradeIds?: readonly string[] }): ContestEventDefinition {
  const { tradeIds: _tradeIds, kind, ...rest } = event;
  // An explicit `practical` is the default: the same event as one that does not say.
  return kind && kind !== 'practical' ? { ...rest, kind } : rest;
}

function stringParams(params: Readonly<Record<string, unknown>>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? v : String(v)]));
}

function duplicate(sheet: CatalogueSheet, row: number, column: string, id: string, firstRow: number | undefined): CatalogueRefusal {
  return {
    sheet,
    row,
    column,
    code: 'catalogue.duplicate_id',
    params: { id, firstRow: firstRow ?? 0 },
    message: `${id} is already on row ${firstRow}: ids are unique`,
  };
}

function schemeOf(lines: readonly SchemeLine[]): { subCriteria: SubCriterion[] } {
  const subCriteria: { id: string; name: string; aspects: Aspect[] }[] = [];
  for (const line of lines) {
    let sub = subCriteria.find((s) => s.id === line.subCriterionId);
    if (!sub) {
      sub = { id: line.subCriterionId, name: line.subCriterionName, aspects: [] };
      subCriteria.push(sub);
    }
    sub.aspects.push(line.aspect);
  }
  return { subCriteria };
}

/** The scheme's own rule, said in its own words: max marks sum to exactly 100. */
function checkScheme(trade: TradeDefinition, firstRow: number): CatalogueRefusal | undefined {
  const total = trade.scheme.subCriteria.flatMap((s) => s.aspects).reduce((sum, a) => sum + Math.round(a.maxMark * 100), 0);
  if (total === 10_000) return undefined;
  return {
    sheet: 'scheme',
    row: firstRow,
    column: 'maxMark',
    code: 'catalogue.scheme_total',
    params: { tradeId: trade.id, total: total / 100 },
    message: `The max marks of ${trade.id} sum to ${total / 100}, not 100`,
  };
}
