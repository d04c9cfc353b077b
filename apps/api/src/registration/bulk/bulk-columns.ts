import { CITIES, type CityId, SKILL_LEVELS, type SkillLevel } from '#domain';

/**
 * The bulk-entry spreadsheet: its columns (Chinese or English header names) and how a cell's text
 * becomes a field value. Pure: no Nest, no I/O.
 */

export const BULK_COLUMNS = [
  'name',
  'idNumber',
  'phone',
  'employer',
  'creditCode',
  'techBased',
  'city',
  'tradeId',
  'skillLevel',
  'team',
] as const;
export type BulkColumn = (typeof BULK_COLUMNS)[number];

/** Every column but `team` must be in the header row. */
export const REQUIRED_COLUMNS: readonly BulkColumn[] = BULK_COLUMNS.filter((c) => c !== 'team');

/** The header of each column in the template and in messages: Chinese / English. */
export const COLUMN_TITLES: Record<BulkColumn, string> = {
  name: '姓名/name',
  idNumber: '身份证号/idNumber',
  phone: '手机/phone',
  employer: '工作单位/employer',
  creditCode: '统一社会信用代码/creditCode',
  techBased: '科技型企业/techBased',
  city: '城市/city',
  tradeId: '工种/tradeId',
  skillLevel: '技能等级/skillLevel',
  team: '团队/team',
};

/** Header names accepted for each column, normalised (see `normaliseHeader`). */
const HEADER_ALIASES: Record<BulkColumn, readonly string[]> = {
  name: ['姓名', '名字', '选手姓名', '队员姓名', 'name', 'fullname'],
  idNumber: ['身份证号', '身份证号码', '身份证', '公民身份号码', '居民身份证号码', '证件号码', 'idnumber', 'id', 'idno', 'residentid'],
  phone: ['手机', '手机号', '手机号码', '联系电话', '电话', '移动电话', 'phone', 'mobile', 'phonenumber', 'mobilephone'],
  employer: ['工作单位', '单位', '单位名称', '所在单位', '企业名称', 'employer', 'employername', 'company'],
  creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', '单位统一社会信用代码', 'creditcode', 'uscc', 'employercreditcode'],
  techBased: ['科技型企业', '是否科技型企业', '科技型', 'techbased', 'techbasedenterprise', 'tech'],
  city: ['城市', '市', '地市', '所在城市', '所属城市', '所在市', 'city'],
  tradeId: ['工种', '工种名称', '工种编号', '参赛工种', '比赛工种', 'tradeid', 'trade', 'tradename'],
  skillLevel: ['技能等级', '职业技能等级', '等级', '现技能等级', 'skilllevel', 'level'],
  team: ['团队', '队伍', '团队名称', '队名', '团队编号', 'team', 'teamlabel', 'teamname'],
};

/** `身份证号（必填）`, ` ID Number* `, `id_number` → `身份证号`, `idnumber`, `idnumber`. */
export function normaliseHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/[\s*_\-.:：·]/g, '')
    .toLowerCase();
}

const ALIAS_TO_COLUMN = new Map<string, BulkColumn>(
  BULK_COLUMNS.flatMap((column) => HEADER_ALIASES[column].map((alias) => [alias, column] as const)),
);

/** The column a header cell names: the whole text, else one of its `/`-separated parts (`姓名/name`). */
export function columnOfHeader(text: string): BulkColumn | undefined {
  const whole = ALIAS_TO_COLUMN.get(normaliseHeader(text));
  if (whole) return whole;
  const parts = text
    .split(/[/|｜／]/)
    .map(normaliseHeader)
    .filter(Boolean);
  const columns = new Set(parts.map((p) => ALIAS_TO_COLUMN.get(p)).filter((c): c is BulkColumn => c !== undefined));
  return columns.size === 1 ? [...columns][0] : undefined;
}

/** Full-width digits, letters and spaces (as typed with a Chinese input method) → ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Digits written the way Excel shows a long number: `2.10102E+17`. */
export const looksScientific = (text: string) => /^\d+(\.\d+)?e\+?\d+$/i.test(text.trim());

/** An ID number as typed: half-width, no spaces, `x` → `X`. */
export const normaliseIdNumber = (text: string) => toHalfWidth(text).replace(/\s+/g, '').toUpperCase();

/** `138 0013 8000`, `138-0013-8000`, `+86 13800138000` → `13800138000`. */
export function normalisePhone(text: string): string {
  const digits = toHalfWidth(text).replace(/[\s\-()]/g, '');
  return /^\+?86\d{11}$/.test(digits) ? digits.slice(-11) : digits;
}

export const normaliseCreditCode = (text: string) => toHalfWidth(text).replace(/\s+/g, '').toUpperCase();

const TRUE_WORDS = new Set(['是', '有', 'yes', 'y', 'true', '1', '√', '✓', 't']);
const FALSE_WORDS = new Set(['否', '无', '不是', 'no', 'n', 'false', '0', '×', 'f']);

/** 是/否, yes/no, true/false, 1/0; undefined when the text is none of them. */
export function parseYesNo(text: string): boolean | undefined {
  const word = toHalfWidth(text).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

const CITY_BY_NAME = new Map<string, CityId>(
  CITIES.flatMap((c) => [
    [c.id, c.id],
    [c.name, c.id],
    [`${c.name}市`, c.id],
    [c.nameEn.toLowerCase(), c.id],
  ]),
);

/** A city id (`shenyang`), its Chinese name (沈阳, 沈阳市) or English name (Shenyang). */
export const parseCity = (text: string): CityId | undefined => CITY_BY_NAME.get(toHalfWidth(text).replace(/\s+/g, '').toLowerCase());

const SKILL_LEVEL_ALIASES: ReadonlyArray<readonly [SkillLevel, readonly string[]]> = [
  ['none', ['none', '无', '无等级', '没有', '-', '—']],
  ['level-5', ['level-5', 'level5', '五级', '5级', '初级工', '初级']],
  ['level-4', ['level-4', 'level4', '四级', '4级', '中级工', '中级']],
  ['level-3', ['level-3', 'level3', '三级', '3级', '高级工', '高级']],
  ['level-2', ['level-2', 'level2', '二级', '2级', '技师']],
  ['level-1', ['level-1', 'level1', '一级', '1级', '高级技师']],
];
const SKILL_LEVEL_BY_NAME = new Map<string, SkillLevel>(
  SKILL_LEVEL_ALIASES.flatMap(([level, names]) => names.map((n) => [n, level] as const)),
);

/** none, level-5 … level-1, or 初级工 / 中级工 / 高级工 / 技师 / 高级技师 (also 五级 … 一级). */
export function parseSkillLevel(text: string): SkillLevel | undefined {
  const word = toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
  const level = SKILL_LEVEL_BY_NAME.get(word) ?? SKILL_LEVEL_BY_NAME.get(word.replace(/[(（].*$/, ''));
  return level && (SKILL_LEVELS as readonly string[]).includes(level) ? level : undefined;
}

export interface TradeRef {
  id: string;
  name: string;
  nameEn: string;
  teamSize: number;
}

export type TradeLookup = { trade: TradeRef } | { error: string };

/** Finds trades by id (exact, or case-insensitive), by Chinese name, or by English name, when that names one trade only. */
export class TradeResolver {
  private readonly byId = new Map<string, TradeRef>();
  private readonly byName = new Map<string, TradeRef[]>();

  constructor(trades: Iterable<TradeRef>) {
    for (const trade of trades) {
      this.byId.set(trade.id.toLowerCase(), trade);
      for (const name of new Set([normaliseName(trade.name), normaliseName(trade.nameEn)])) {
        this.byName.set(name, [...(this.byName.get(name) ?? []), trade]);
      }
    }
  }

  resolve(text: string): TradeLookup {
    const key = toHalfWidth(text).trim();
    const byId = this.byId.get(key.toLowerCase());
    if (byId) return { trade: byId };
    const byName = this.byName.get(normaliseName(key)) ?? [];
    if (byName.length === 1) return { trade: byName[0]! };
    if (byName.length > 1) {
      return { error: `The trade name ${key} names ${byName.length} trades (${byName.map((t) => t.id).join(', ')}): give the trade id` };
    }
    return { error: `Unknown trade ${key}: give a trade id (GET /api/catalogue/trades) or a trade's exact name` };
  }
}

const normaliseName = (text: string) => toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
