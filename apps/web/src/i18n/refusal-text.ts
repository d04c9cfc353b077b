/**
 * A refusal of the API in the user's language: its code (libs/domain/src/shared/refusal-codes.ts)
 * looked up in the `refusal` namespace, its parameters shown as people read them: ids as names (a
 * trade, a city, an aspect "A5 系统集成方案的完整性", a module, a judge), instants in China time,
 * statuses and field names in words, lists joined. The names come from a small book filled from the
 * public catalogue (and a trade's panel when the user may read it); `ensureNames` fetches what a
 * refusal needs, and an id the book does not know is shown as neutrally as possible, never raw.
 */
import type { TFunction } from 'i18next';
import { currentSession } from '../auth/session';
import i18n from './index';

export interface RefusalLike {
  code?: string;
  params?: Record<string, unknown>;
  message?: string;
}

interface Named {
  name: string;
  nameEn?: string;
}

const book = {
  trades: new Map<string, Named>(),
  cities: new Map<string, Named>(),
  /** `tradeId/aspectId` → "A5 系统集成方案的完整性" */
  aspects: new Map<string, string>(),
  /** `tradeId/moduleId` → the module's name */
  modules: new Map<string, string>(),
  people: new Map<string, string>(),
};

export function rememberTrades(trades: ReadonlyArray<{ id: string } & Named>): void {
  for (const t of trades) book.trades.set(t.id, { name: t.name, nameEn: t.nameEn });
}
export function rememberCities(cities: ReadonlyArray<{ id: string } & Named>): void {
  for (const c of cities) book.cities.set(c.id, { name: c.name, nameEn: c.nameEn });
}
/** A trade's marking scheme: aspects as the marking form shows them, modules by name. */
export function rememberScheme(
  tradeId: string,
  scheme: { subCriteria: ReadonlyArray<{ id: string; name: string; aspects: ReadonlyArray<{ id: string; description: string }> }> },
): void {
  for (const module of scheme.subCriteria) {
    book.modules.set(`${tradeId}/${module.id}`, `${shortId(module.id, tradeId)} ${module.name}`);
    for (const aspect of module.aspects)
      book.aspects.set(`${tradeId}/${aspect.id}`, `${shortId(aspect.id, tradeId)} ${aspect.description}`);
  }
}
/** A person's name when the book knows it (a judge of a panel that was read). */
export const personName = (id: string | undefined): string | undefined => (id ? book.people.get(id) : undefined);

export function rememberPeople(people: ReadonlyArray<{ id: string; name?: string }>): void {
  for (const p of people) if (p.name) book.people.set(p.id, p.name);
}

/** An aspect as the marking form shows it ("A5 系统集成方案的完整性") once its trade's scheme is known, else its short id. */
export const aspectLabel = (tradeId: string, aspectId: string): string =>
  book.aspects.get(`${tradeId}/${aspectId}`) ?? shortId(aspectId, tradeId);

const shortId = (id: string, tradeId: string): string => (id.startsWith(`${tradeId}-`) ? id.slice(tradeId.length + 1) : id);

const localName = (named: Named | undefined): string | undefined =>
  named ? (i18n.language === 'en' && named.nameEn ? named.nameEn : named.name) : undefined;

/** Parameters that are instants (ISO 8601), shown in China time. */
const INSTANTS = new Set(['until', 'closedAt', 'expiredAt', 'frozenAt', 'publishedAt', 'at']);
const CITY_KEYS = new Set(['city', 'reviewerCity', 'rowCity']);
const PERSON_KEYS = new Set(['judgeId', 'substituteId']);

/** An instant as a clock in Liaoning reads it, whatever the device's own time zone. */
export function chinaTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** A form field's path (`members.1.phone`) in words. */
function fieldName(t: TFunction, path: string): string {
  const leaf = path.split('.').at(-1) ?? path;
  return (t as unknown as (key: string, options: object) => string)(`i13.fields.${leaf}`, { defaultValue: leaf });
}

function statusName(t: TFunction, status: string): string {
  return (t as unknown as (key: string, options: object) => string)(`entryStatusShort.${status}`, { defaultValue: status });
}

function show(t: TFunction, key: string, value: unknown, params: Record<string, unknown>): string {
  const tradeId = typeof params.tradeId === 'string' ? params.tradeId : undefined;
  const join = (list: unknown[]) => list.map((v) => show(t, key, v, params)).join(i18n.language === 'en' ? ', ' : '、');
  if (Array.isArray(value)) return join(value);
  if (value === null || value === undefined) return '—';
  const text = String(value);
  // A trade not in the catalogue is one the user named (a workbook row, a typed id): say it as they wrote it.
  if (key === 'tradeId') return localName(book.trades.get(text)) ?? text;
  if (CITY_KEYS.has(key)) return localName(book.cities.get(text)) ?? text;
  if (key === 'aspectId' || key === 'aspectIds')
    return (tradeId && book.aspects.get(`${tradeId}/${text}`)) || (tradeId ? shortId(text, tradeId) : text);
  if (key === 'moduleId') return (tradeId && book.modules.get(`${tradeId}/${text}`)) || (tradeId ? shortId(text, tradeId) : text);
  if (PERSON_KEYS.has(key)) return book.people.get(text) ?? t('i13.aJudge');
  if (INSTANTS.has(key)) return chinaTime(text);
  if (key === 'field' || key === 'column' || key === 'fields') return fieldName(t, text);
  if (key === 'status' || key === 'expected') return statusName(t, text);
  if (key === 'role') return (t as unknown as (key: string, options: object) => string)(`roles.${text}`, { defaultValue: text });
  return text;
}

/** The refusal's sentence in the current language; its English message when its code has no text. */
export function refusalText(t: TFunction, refusal: RefusalLike): string {
  const { code } = refusal;
  if (!code || !(i18n.exists as (key: string, options: object) => boolean)(code, { ns: 'refusal' })) return refusal.message ?? '';
  const raw = refusal.params ?? {};
  const params = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, show(t, key, value, raw)]));
  return (t as unknown as (key: string, options: object) => string)(code, { ns: 'refusal', ...params, message: refusal.message ?? '' });
}

const pending = new Map<string, Promise<void>>();

async function load(path: string, remember: (data: never) => void): Promise<void> {
  let loading = pending.get(path);
  if (!loading) {
    loading = fetch(path, { headers: { accept: 'application/json', ...authHeader() } })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((data) => {
        if (data !== undefined) remember(data as never);
      })
      .catch(() => undefined);
    pending.set(path, loading);
  }
  return loading;
}

function authHeader(): Record<string, string> {
  const token = currentSession()?.token;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** Fetches the names a refusal's parameters need (once per page): trades, cities, the trade's scheme and panel. */
export async function ensureNames(refusal: RefusalLike): Promise<void> {
  const params = refusal.params ?? {};
  const keys = Object.keys(params);
  const work: Promise<void>[] = [];
  const tradeId = typeof params.tradeId === 'string' ? params.tradeId : undefined;
  if (tradeId && !book.trades.has(tradeId)) work.push(load('/api/catalogue/trades', rememberTrades));
  if (keys.some((k) => CITY_KEYS.has(k))) work.push(load('/api/catalogue/cities', rememberCities));
  if (tradeId && keys.some((k) => k === 'aspectId' || k === 'aspectIds' || k === 'moduleId')) {
    work.push(
      load(`/api/catalogue/trades/${encodeURIComponent(tradeId)}`, (trade: { scheme?: Parameters<typeof rememberScheme>[1] }) => {
        if (trade.scheme) rememberScheme(tradeId, trade.scheme);
      }),
    );
  }
  if (tradeId && keys.some((k) => PERSON_KEYS.has(k))) {
    work.push(
      load(`/api/trades/${encodeURIComponent(tradeId)}/panel`, (panel: Array<{ judgeId: string; displayName?: string }>) => {
        if (Array.isArray(panel)) rememberPeople(panel.map((m) => ({ id: m.judgeId, name: m.displayName })));
      }),
    );
  }
  await Promise.all(work);
}
