import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, seg } from '../api/client';
import type { TradeDefinition } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useCities, useLocalName, useTrades } from '../components/catalogue';
import { useApi } from '../components/useApi';
import { formatDateTime } from '../format';
import { aspectLabel, personName, rememberPeople, rememberScheme } from '../i18n/refusal-text';

/** The three histories the API documents (`GET /api/history/…`), by the first segment after it. */
const KINDS = ['entries', 'marks', 'results'] as const;
type Kind = (typeof KINDS)[number];

interface OpenApi {
  paths: Record<string, { get?: { summary?: string } }>;
}

interface HistoryEvent {
  position?: number;
  type?: string;
  occurredAt?: string;
  actor?: { userId?: string; role?: string };
  device?: string | null;
  reason?: string | null;
  summary?: unknown;
  data?: Record<string, unknown>;
  metadata?: { occurredAt?: string; actor?: { userId?: string; role?: string }; device?: string; reason?: string };
}

/**
 * The history of a mark, an entry or a result as people read it: when (China time), what happened
 * (in words), who (the person or their role), why (the reason given) and the figures that changed;
 * no API paths and no internal ids. The trade and aspect are chosen by name, as on the marking form.
 */
export function HistorySection() {
  const { t } = useTranslation();
  const docs = useApi<OpenApi>('/api/docs-json');
  return (
    <section className="admin-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('admin.section.history')}</h2>
      <AsyncState resource={docs}>
        {(doc) => {
          const paths = Object.entries(doc.paths).filter(([path, ops]) => path.startsWith('/api/history/') && ops.get);
          const known = paths.flatMap(([path]) => {
            const kind = path.split('/')[3] as Kind;
            return KINDS.includes(kind) ? [{ kind, template: path }] : [];
          });
          if (known.length === 0) {
            return (
              <p className="notice notice--unavailable" data-state="unavailable">
                {t('admin.history.unavailable')}
              </p>
            );
          }
          return known.map(({ kind, template }) => <HistoryQuery key={template} kind={kind} template={template} />);
        }}
      </AsyncState>
    </section>
  );
}

function HistoryQuery({ kind, template }: { kind: Kind; template: string }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const trades = useTrades();
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const [values, setValues] = useState<Record<string, string>>({});
  const [answer, setAnswer] = useState<unknown>();
  const [error, setError] = useState<unknown>();
  const tradeId = values.tradeId ?? '';
  const trade = useApi<TradeDefinition>(names.includes('aspectId') && tradeId ? `/api/catalogue/trades/${seg(tradeId)}` : null);
  if (trade.data) rememberScheme(trade.data.id, trade.data.scheme);
  const set = (name: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  async function load(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const path = names.reduce((p, name) => p.replace(`{${name}}`, encodeURIComponent(values[name] ?? '')), template);
    try {
      if (tradeId) {
        // The panel names the judges who appear in the history (the organiser and the panel may read it).
        const panel = await api
          .get<Array<{ judgeId: string; displayName?: string }>>(`/api/trades/${seg(tradeId)}/panel`)
          .catch(() => [] as Array<{ judgeId: string; displayName?: string }>);
        rememberPeople(panel.map((m) => ({ id: m.judgeId, name: m.displayName })));
      }
      setAnswer(await api.get(path));
    } catch (caught) {
      setAnswer(undefined);
      setError(caught);
    }
  }

  const events = Array.isArray(answer)
    ? (answer as HistoryEvent[])
    : Array.isArray((answer as { events?: unknown })?.events)
      ? (answer as { events: HistoryEvent[] }).events
      : undefined;
  const aspects = trade.data?.scheme.subCriteria.flatMap((m) => m.aspects) ?? [];
  return (
    <div className="card" data-history={kind}>
      <h3>{t(`i13.history.kind.${kind}`)}</h3>
      <form className="form form--inline" onSubmit={load}>
        {names.map((name) =>
          name === 'tradeId' ? (
            <SelectField
              key={name}
              label={t('i13.fields.tradeId')}
              name={`history-${name}`}
              value={tradeId}
              onChange={set(name)}
              placeholder={t('admin.chooseTrade')}
              options={(trades.data ?? []).map((tr) => ({ value: tr.id, label: localName(tr) }))}
              required
            />
          ) : name === 'aspectId' ? (
            <SelectField
              key={name}
              label={t('i13.fields.aspectId')}
              name={`history-${name}`}
              value={values.aspectId ?? ''}
              onChange={set(name)}
              placeholder={t('i13.history.chooseAspect')}
              options={aspects.map((a) => ({ value: a.id, label: aspectLabel(tradeId, a.id) }))}
              required
            />
          ) : (
            <InputField
              key={name}
              label={t(`i13.history.param.${name === 'competitorNumber' ? 'competitorNumber' : 'entryId'}`)}
              name={`history-${name}`}
              value={values[name] ?? ''}
              onChange={set(name)}
              inputMode={name === 'competitorNumber' ? 'numeric' : undefined}
              required
            />
          ),
        )}
        <button type="submit" className="button button--primary">
          {t('admin.history.show')}
        </button>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {events ? <HistoryTable events={events} /> : null}
    </div>
  );
}

/** Fields of an event's summary that say nothing to a reader (ids), or are shown in their own column. */
const HIDDEN = new Set([
  'entryId',
  'commandId',
  'streamId',
  'contestId',
  'correctionId',
  'appealId',
  'reason',
  'reasons',
  'personKey',
  'userId',
]);

function HistoryTable({ events }: { events: HistoryEvent[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const trades = useTrades();
  const cities = useCities();
  const tr = t as unknown as (key: string, options?: object) => string;
  const tradeName = (id: string) =>
    localName(
      trades.data?.find((x) => x.id === id),
      t('i13.aTrade'),
    );
  const describe = (summary: unknown): string => {
    if (!summary || typeof summary !== 'object') return '';
    const data = summary as Record<string, unknown>;
    const tradeId = typeof data.tradeId === 'string' ? data.tradeId : '';
    return Object.entries(data)
      .filter(([key, value]) => !HIDDEN.has(key) && value !== null && value !== undefined && typeof value !== 'object')
      .map(([key, value]) => {
        const label = tr(`i13.fields.${key}`, { defaultValue: key });
        if (key === 'tradeId') return `${label}：${tradeName(String(value))}`;
        if (key === 'aspectId') return `${label}：${aspectLabel(tradeId, String(value))}`;
        if (key === 'judgeId' || key === 'substituteId') return `${label}：${personName(String(value)) ?? tr('i13.aJudge')}`;
        if (key === 'city')
          return `${label}：${localName(
            cities.data?.find((c) => c.id === value),
            String(value),
          )}`;
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return `${label}：${formatDateTime(value)}`;
        return `${label}：${String(value)}`;
      })
      .join('；');
  };
  return (
    <table className="data history">
      <thead>
        <tr>
          <th scope="col">{t('admin.history.when')}</th>
          <th scope="col">{t('admin.history.what')}</th>
          <th scope="col">{t('admin.history.who')}</th>
          <th scope="col">{t('i13.history.why')}</th>
          <th scope="col">{t('admin.history.details')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => {
          const meta = { ...e.metadata, ...e };
          const actor = meta.actor;
          const role = actor?.role ? tr(`roles.${actor.role}`, { defaultValue: actor.role }) : '';
          return (
            <tr key={e.position ?? i} data-event={e.type}>
              <td>{meta.occurredAt ? formatDateTime(meta.occurredAt) : ''}</td>
              <td>{tr(`i13.events.${e.type}`, { defaultValue: humanise(e.type ?? '') })}</td>
              <td>{[role, personName(actor?.userId)].filter(Boolean).join(' ')}</td>
              <td>{meta.reason ?? '—'}</td>
              <td className="small">{describe(e.summary ?? e.data)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** `MarkSubmitted` → "Mark submitted": an event type no text was written for yet. */
const humanise = (type: string): string => {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
