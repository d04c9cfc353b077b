import { Injectable, NotFoundException } from '@nestjs/common';
import { type CityId, type EntryStatus, maskPhone, maskResidentId } from '#domain';
import type { EntryRecord } from '#read-models';
import type { AuthUser } from '../../identity/auth.decorators.js';
import { ProjectionsService } from '../../projections/projections.service.js';
import {
  beijingTime,
  CITY_NAME,
  cityOrder,
  type ExportColumn,
  maskedMembers,
  peopleNames,
  SKILL_LEVEL_LABEL,
  STATUS_LABEL,
  templateWorkbook,
  workbookOf,
  yesNo,
} from './workbooks.js';

export interface ExportFile {
  filename: string;
  content: Buffer;
}

/** Where a competitor sits, when the read model carries it. */
type Placed = EntryRecord & { session?: number; workstation?: number };

const STATUSES: readonly EntryStatus[] = ['submitted', 'city_approved', 'city_rejected', 'confirmed', 'province_rejected', 'withdrawn'];

/**
 * XLSX exports of the entries read model for the organiser, and for a city reviewer its own city's
 * only. ID numbers and phones are masked; what the files hold is what GET /api/entries shows.
 */
@Injectable()
export class EntriesExportService {
  constructor(private readonly projections: ProjectionsService) {}

  /** Entries per city and trade with their status, and a summary sheet of counts. */
  async entries(user: AuthUser, query: { tradeId?: string; city?: CityId }): Promise<ExportFile> {
    const { tradeId } = query;
    this.requireTrade(tradeId);
    const city = this.cityOf(user, query.city);
    const entries = this.list({ tradeId, city }).sort(byCityTradeThenTime);
    const tradeName = this.tradeName();

    const columns: ExportColumn<EntryRecord>[] = [
      { header: '城市/city', width: 10, value: (e) => CITY_NAME[e.city] ?? e.city },
      { header: '工种/tradeId', width: 30, value: (e) => e.tradeId },
      { header: '工种名称/trade', width: 22, value: (e) => tradeName(e.tradeId) },
      { header: '姓名/name', width: 12, value: (e) => e.name },
      { header: '身份证号/idNumber', width: 22, value: (e) => maskResidentId(e.idNumber) },
      { header: '手机/phone', width: 14, value: (e) => maskPhone(e.phone) },
      { header: '工作单位/employer', width: 30, value: (e) => e.employer.name },
      { header: '统一社会信用代码/creditCode', width: 22, value: (e) => e.employer.creditCode },
      { header: '科技型企业/techBased', width: 10, value: (e) => yesNo(e.employer.techBased) },
      { header: '技能等级/skillLevel', width: 16, value: (e) => SKILL_LEVEL_LABEL[e.skillLevel] ?? e.skillLevel },
      { header: '团队成员/members', width: 40, value: (e) => maskedMembers(e) },
      { header: '状态/status', width: 12, value: (e) => STATUS_LABEL[e.status] ?? e.status },
      { header: 'status', width: 16, value: (e) => e.status },
      { header: '原因/reason', width: 30, value: (e) => e.reason },
      { header: '提交时间(北京时间)/submittedAt (UTC+8)', width: 20, value: (e) => beijingTime(e.submittedAt) },
      { header: '参赛编号/competitorNumber', width: 10, value: (e) => e.competitorNumber },
      { header: 'entryId', width: 26, value: (e) => e.entryId },
    ];

    const summary = summarise(entries);
    const summaryColumns: ExportColumn<SummaryRow>[] = [
      { header: '城市/city', width: 10, value: (r) => CITY_NAME[r.city] ?? r.city },
      { header: '工种/tradeId', width: 30, value: (r) => r.tradeId },
      { header: '工种名称/trade', width: 22, value: (r) => tradeName(r.tradeId) },
      ...STATUSES.map((status) => ({ header: `${STATUS_LABEL[status]}/${status}`, width: 12, value: (r: SummaryRow) => r.counts[status] })),
      { header: '合计/total', width: 10, value: (r) => r.total },
    ];
    const content = await workbookOf([
      { name: '报名 Entries', columns, rows: entries },
      { name: '汇总 Summary', columns: summaryColumns, rows: summary },
    ]);
    return { filename: filename('entries', city, tradeId), content };
  }

  /** The confirmed lists: per trade, the entries the province confirmed. */
  async confirmed(user: AuthUser, query: { tradeId?: string }): Promise<ExportFile> {
    const { tradeId } = query;
    this.requireTrade(tradeId);
    const city = this.cityOf(user, undefined);
    const entries = this.list({ tradeId, city, status: 'confirmed' }).sort(byTradeCityThenName);
    const tradeName = this.tradeName();
    const columns: ExportColumn<EntryRecord>[] = [
      { header: '工种/tradeId', width: 30, value: (e) => e.tradeId },
      { header: '工种名称/trade', width: 22, value: (e) => tradeName(e.tradeId) },
      { header: '城市/city', width: 10, value: (e) => CITY_NAME[e.city] ?? e.city },
      { header: '姓名/name', width: 12, value: (e) => e.name },
      { header: '身份证号/idNumber', width: 22, value: (e) => maskResidentId(e.idNumber) },
      { header: '手机/phone', width: 14, value: (e) => maskPhone(e.phone) },
      { header: '工作单位/employer', width: 30, value: (e) => e.employer.name },
      { header: '科技型企业/techBased', width: 10, value: (e) => yesNo(e.employer.techBased) },
      { header: '技能等级/skillLevel', width: 16, value: (e) => SKILL_LEVEL_LABEL[e.skillLevel] ?? e.skillLevel },
      { header: '团队成员/members', width: 40, value: (e) => maskedMembers(e) },
      { header: '参赛编号/competitorNumber', width: 10, value: (e) => e.competitorNumber },
    ];
    const content = await workbookOf([{ name: '确认名单 Confirmed', columns, rows: entries }]);
    return { filename: filename('confirmed', city, tradeId), content };
  }

  /** Competitor numbers drawn, with session and workstation, per trade. */
  async competitorNumbers(user: AuthUser, query: { tradeId?: string }): Promise<ExportFile> {
    const { tradeId } = query;
    this.requireTrade(tradeId);
    const city = this.cityOf(user, undefined);
    const placed = this.list({ tradeId, city })
      .filter((e) => e.competitorNumber !== undefined)
      .map((e) => this.placed(e))
      .sort((a, b) => a.tradeId.localeCompare(b.tradeId) || a.competitorNumber! - b.competitorNumber!);
    const tradeName = this.tradeName();
    const columns: ExportColumn<Placed>[] = [
      { header: '工种/tradeId', width: 30, value: (e) => e.tradeId },
      { header: '工种名称/trade', width: 22, value: (e) => tradeName(e.tradeId) },
      { header: '参赛编号/competitorNumber', width: 10, value: (e) => e.competitorNumber },
      { header: '姓名/name', width: 20, value: (e) => peopleNames(e) },
      { header: '城市/city', width: 10, value: (e) => CITY_NAME[e.city] ?? e.city },
      { header: '工作单位/employer', width: 30, value: (e) => e.employer.name },
      { header: '场次/session', width: 8, value: (e) => e.session },
      { header: '工位/workstation', width: 10, value: (e) => e.workstation },
    ];
    const content = await workbookOf([{ name: '参赛编号 Competitor numbers', columns, rows: placed }]);
    return { filename: filename('competitor-numbers', city, tradeId), content };
  }

  /** The empty bulk-entry sheet with its notes (trades, cities). */
  async template(user: AuthUser): Promise<ExportFile> {
    const trades = this.projections.models.catalogue
      .currentTrades()
      .map((t) => t.definition)
      .sort((a, b) => a.id.localeCompare(b.id));
    const city = user.role === 'city_reviewer' ? (user.city as CityId) : undefined;
    return { filename: filename('bulk-entry-template', city, undefined), content: await templateWorkbook(trades, city) };
  }

  private list(filter: { tradeId?: string; city?: string; status?: string }): EntryRecord[] {
    return this.projections.models.entries.list(filter);
  }

  /** A city reviewer sees its own city whatever it asks; the organiser the city it asks for, or all. */
  private cityOf(user: AuthUser, asked: CityId | undefined): CityId | undefined {
    return user.role === 'city_reviewer' ? (user.city as CityId) : asked;
  }

  private requireTrade(tradeId: string | undefined): void {
    if (tradeId !== undefined && !this.projections.models.catalogue.trades.has(tradeId))
      throw new NotFoundException({ message: `Unknown trade ${tradeId}`, code: 'catalogue.unknown_trade', params: { tradeId } });
  }

  private tradeName(): (tradeId: string) => string {
    const trades = this.projections.models.catalogue.trades;
    return (tradeId) => trades.get(tradeId)?.definition.name ?? '';
  }

  /** Session and workstation from the entry when the read model has them, else from the trade's published draw. */
  private placed(entry: Placed): Placed {
    if (entry.session !== undefined && entry.workstation !== undefined) return entry;
    const assignment = this.projections.models.catalogue.trades
      .get(entry.tradeId)
      ?.draw?.assignments?.find((a) => a.entryId === entry.entryId);
    return assignment ? { ...entry, session: assignment.session, workstation: assignment.workstation } : entry;
  }
}

interface SummaryRow {
  city: string;
  tradeId: string;
  counts: Partial<Record<EntryStatus, number>>;
  total: number;
}

function summarise(entries: readonly EntryRecord[]): SummaryRow[] {
  const rows = new Map<string, SummaryRow>();
  for (const e of entries) {
    const key = `${e.city}/${e.tradeId}`;
    const row = rows.get(key) ?? { city: e.city, tradeId: e.tradeId, counts: {}, total: 0 };
    row.counts[e.status] = (row.counts[e.status] ?? 0) + 1;
    row.total += 1;
    rows.set(key, row);
  }
  return [...rows.values()];
}

const byCityTradeThenTime = (a: EntryRecord, b: EntryRecord) =>
  cityOrder(a.city) - cityOrder(b.city) || a.tradeId.localeCompare(b.tradeId) || a.submittedAt.localeCompare(b.submittedAt);

const byTradeCityThenName = (a: EntryRecord, b: EntryRecord) =>
  a.tradeId.localeCompare(b.tradeId) || cityOrder(a.city) - cityOrder(b.city) || a.name.localeCompare(b.name, 'zh-Hans-CN');

/** `entries-shenyang-t001-….xlsx`: ASCII only (trade ids are), so every browser keeps it. */
function filename(kind: string, city: string | undefined, tradeId: string | undefined): string {
  return `${[kind, city, tradeId]
    .filter(Boolean)
    .join('-')
    .replace(/[^\w.-]/g, '_')}.xlsx`;
}
