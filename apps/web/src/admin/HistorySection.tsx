import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField } from '../components/Field';
import { useApi } from '../components/useApi';
import { formatDateTime } from '../format';

const KNOWN_PARAMS = ['tradeId', 'competitorNumber', 'aspectId', 'entryId'] as const;
const isKnownParam = (name: string): name is (typeof KNOWN_PARAMS)[number] => (KNOWN_PARAMS as readonly string[]).includes(name);

interface OpenApi {
  paths: Record<string, { get?: { summary?: string } }>;
}

interface HistoryEvent {
  position?: number;
  type?: string;
  data?: Record<string, unknown>;
  metadata?: { occurredAt?: string; actor?: { userId?: string; role?: string }; device?: string; reason?: string };
  occurredAt?: string;
  actor?: { userId?: string; role?: string };
  device?: string;
  reason?: string;
}

/**
 * The history of a mark, an entry or a result, from whatever `GET /api/history/…` endpoints this
 * server documents (found in its OpenAPI document); none documented → said plainly.
 */
export function HistorySection() {
  const { t } = useTranslation();
  const docs = useApi<OpenApi>('/api/docs-json');
  return (
    <section className="admin-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('admin.section.history')}</h2>
      <AsyncState resource={docs}>
        {(doc) => {
          const paths = Object.entries(doc.paths).filter(([path, ops]) => path.startsWith('/api/history') && ops.get);
          if (paths.length === 0) {
            return (
              <p className="notice notice--unavailable" data-state="unavailable">
                {t('admin.history.unavailable')}
              </p>
            );
          }
          return paths.map(([path, ops]) => <HistoryQuery key={path} template={path} summary={ops.get?.summary} />);
        }}
      </AsyncState>
    </section>
  );
}

function HistoryQuery({ template, summary }: { template: string; summary?: string }) {
  const { t } = useTranslation();
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const [values, setValues] = useState<Record<string, string>>({});
  const [answer, setAnswer] = useState<unknown>();
  const [error, setError] = useState<unknown>();

  async function load(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const path = names.reduce((p, name) => p.replace(`{${name}}`, encodeURIComponent(values[name] ?? '')), template);
    try {
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
  return (
    <div className="card">
      <h3 className="mono">{template}</h3>
      {summary ? <p className="muted">{summary}</p> : null}
      <form className="form form--inline" onSubmit={load}>
        {names.map((name) => (
          <InputField
            key={name}
            label={isKnownParam(name) ? t(`admin.history.param.${name}`) : name}
            name={`history-${name}`}
            value={values[name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
            required
          />
        ))}
        <button type="submit" className="button button--primary">
          {t('admin.history.show')}
        </button>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {events ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('admin.history.when')}</th>
              <th scope="col">{t('admin.history.what')}</th>
              <th scope="col">{t('admin.history.who')}</th>
              <th scope="col">{t('admin.history.device')}</th>
              <th scope="col">{t('admin.history.details')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => {
              const meta = e.metadata ?? e;
              return (
                <tr key={e.position ?? i}>
                  <td>{e.position ?? i + 1}</td>
                  <td>{meta.occurredAt ? formatDateTime(meta.occurredAt) : ''}</td>
                  <td>{e.type}</td>
                  <td>{meta.actor ? `${meta.actor.userId ?? ''} (${meta.actor.role ?? ''})` : ''}</td>
                  <td>{meta.device ?? ''}</td>
                  <td className="mono small">{JSON.stringify(e.data ?? {})}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : answer !== undefined ? (
        <pre className="small">{JSON.stringify(answer, null, 2)}</pre>
      ) : null}
    </div>
  );
}
