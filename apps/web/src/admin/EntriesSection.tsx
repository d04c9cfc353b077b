import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, request, seg } from '../api/client';
import type { EntryStatus, EntryView, TradeSummary, UserProfile } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { SelectField } from '../components/Field';
import { useCities, useLocalName, useTrades } from '../components/catalogue';
import { useApi } from '../components/useApi';
import { EntryExports } from './EntryExports';
import { refusalText, rememberTrades } from '../i18n/refusal-text';
import type { components } from '../api/openapi.generated';

type Schemas = components['schemas'];

const STATUSES: EntryStatus[] = ['submitted', 'city_approved', 'city_rejected', 'confirmed', 'province_rejected', 'withdrawn'];
/** Entries that hold a slot of the city's quota. */
const IN_QUOTA: EntryStatus[] = ['city_approved', 'confirmed'];

interface Decision {
  approve: { path: string; status: EntryStatus };
  reject: { path: string };
}

/** A city reviewer decides on `submitted` entries of its city; the organiser on `city_approved` ones. */
const DECISIONS: Record<string, Decision> = {
  city_reviewer: { approve: { path: 'city-approval', status: 'submitted' }, reject: { path: 'city-rejection' } },
  organiser: { approve: { path: 'confirmation', status: 'city_approved' }, reject: { path: 'province-rejection' } },
};

type RowOutcome = { ok: true } | { ok: false; message: string };

export function EntriesSection({ user, trades }: { user: UserProfile; trades: TradeSummary[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const decision = DECISIONS[user.role];
  const [tradeId, setTradeId] = useState('');
  const [status, setStatus] = useState<string>(decision?.approve.status ?? '');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Record<string, RowOutcome>>({});
  const [rejecting, setRejecting] = useState<string>();
  const [busy, setBusy] = useState(false);
  const entries = useApi<EntryView[]>(`/api/entries${tradeId ? `?tradeId=${seg(tradeId)}` : ''}`);
  const tradeById = new Map(trades.map((tr) => [tr.id, tr]));
  rememberTrades(trades);
  const cities = useCities();
  const cityName = (id: string) =>
    localName(
      cities.data?.find((c) => c.id === id),
      id,
    );

  async function decide(entryId: string, kind: 'approve' | 'reject', reason?: string): Promise<RowOutcome> {
    if (!decision) return { ok: false, message: '' };
    const path = kind === 'approve' ? decision.approve.path : decision.reject.path;
    try {
      await api.command(`/api/entries/${seg(entryId)}/${path}`, reason ? { reason } : {});
      return { ok: true };
    } catch (error) {
      return { ok: false, message: error instanceof ApiError ? error.text : t('common.offline') };
    }
  }

  async function approveSelected() {
    setBusy(true);
    const results: Record<string, RowOutcome> = {};
    // One after another: the quota is checked against the approvals before.
    for (const entryId of selected) results[entryId] = await decide(entryId, 'approve');
    setOutcomes((o) => ({ ...o, ...results }));
    setSelected(new Set());
    setBusy(false);
    entries.reload();
  }

  async function reject(entryId: string, reason: string) {
    const outcome = await decide(entryId, 'reject', reason);
    setOutcomes((o) => ({ ...o, [entryId]: outcome }));
    if (outcome.ok) setRejecting(undefined);
    entries.reload();
  }

  return (
    <section className="admin-section" aria-labelledby="entries-title">
      <h2 id="entries-title">{t('admin.section.entries')}</h2>
      {user.role === 'city_reviewer' || user.role === 'organiser' ? <BulkUpload onUploaded={entries.reload} /> : null}
      {user.role === 'city_reviewer' || user.role === 'organiser' ? <EntryExports tradeId={tradeId} /> : null}
      <div className="filters">
        <SelectField
          label={t('admin.trade')}
          name="entries-trade"
          value={tradeId}
          placeholder={t('admin.allTrades')}
          options={trades.map((tr) => ({ value: tr.id, label: localName(tr) }))}
          onChange={(e) => setTradeId(e.target.value)}
        />
        <SelectField
          label={t('admin.status')}
          name="entries-status"
          value={status}
          placeholder={t('admin.allStatuses')}
          options={STATUSES.map((s) => ({ value: s, label: t(`entryStatusShort.${s}`) }))}
          onChange={(e) => setStatus(e.target.value)}
        />
      </div>
      <AsyncState resource={entries}>
        {(all) => {
          const shown = all.filter((e) => !status || e.status === status);
          const actionable = (e: EntryView) => decision !== undefined && e.status === decision.approve.status;
          return (
            <>
              <Quotas entries={all} trades={tradeById} city={user.city} tradeId={tradeId} cityName={cityName} />
              {decision ? (
                <div className="toolbar">
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={busy || selected.size === 0}
                    onClick={approveSelected}
                    data-action="approve-selected"
                  >
                    {t(user.role === 'organiser' ? 'admin.entries.confirmSelected' : 'admin.entries.approveSelected', {
                      count: selected.size,
                    })}
                  </button>
                </div>
              ) : null}
              {shown.length === 0 ? (
                <p className="notice">{t('admin.entries.none')}</p>
              ) : (
                <div className="table-scroll">
                  <table className="data">
                    <thead>
                      <tr>
                        <th scope="col">
                          <span className="visually-hidden">{t('admin.entries.select')}</span>
                        </th>
                        <th scope="col">{t('register.name')}</th>
                        <th scope="col">{t('register.trade')}</th>
                        <th scope="col">{t('register.city')}</th>
                        <th scope="col">{t('register.employerName')}</th>
                        <th scope="col">{t('register.idNumber')}</th>
                        <th scope="col">{t('admin.status')}</th>
                        <th scope="col">{t('admin.actions')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.map((e) => {
                        const outcome = outcomes[e.entryId];
                        return [
                          <tr key={e.entryId} data-entry={e.entryId} data-status={e.status}>
                            <td>
                              {actionable(e) ? (
                                <input
                                  type="checkbox"
                                  aria-label={t('admin.entries.selectOne', { name: e.name })}
                                  checked={selected.has(e.entryId)}
                                  onChange={(ev) =>
                                    setSelected((s) => {
                                      const next = new Set(s);
                                      if (ev.target.checked) next.add(e.entryId);
                                      else next.delete(e.entryId);
                                      return next;
                                    })
                                  }
                                />
                              ) : null}
                            </td>
                            <td>{[e.name, ...e.members.map((m) => m.name)].join('、')}</td>
                            <td>{localName(tradeById.get(e.tradeId), e.tradeId)}</td>
                            <td>{cityName(e.city)}</td>
                            <td>
                              {e.employer.name}
                              {e.employer.techBased ? <span className="tag">{t('register.techBasedShort')}</span> : null}
                            </td>
                            <td className="mono">{e.idNumber}</td>
                            <td>
                              <span className={`status-pill status-pill--${e.status}`} title={t(`entryStatus.${e.status}`)}>
                                {t(`entryStatusShort.${e.status}`)}
                              </span>
                              {e.reason ? <span className="muted"> · {e.reason}</span> : null}
                              {outcome && !outcome.ok ? (
                                <span className="field__error" role="alert">
                                  {outcome.message}
                                </span>
                              ) : null}
                            </td>
                            <td className="actions">
                              {actionable(e) ? (
                                <>
                                  <button
                                    type="button"
                                    className="button"
                                    data-action="approve"
                                    onClick={async () => {
                                      const result = await decide(e.entryId, 'approve');
                                      setOutcomes((o) => ({ ...o, [e.entryId]: result }));
                                      entries.reload();
                                    }}
                                  >
                                    {t(user.role === 'organiser' ? 'admin.entries.confirm' : 'admin.entries.approve')}
                                  </button>
                                  <button type="button" className="button button--ghost" onClick={() => setRejecting(e.entryId)}>
                                    {t('admin.entries.reject')}
                                  </button>
                                </>
                              ) : null}
                            </td>
                          </tr>,
                          // The reason is asked in a row of its own under the entry, across the table: the columns keep their width.
                          rejecting === e.entryId && actionable(e) ? (
                            <tr key={`${e.entryId}-reject`} className="reject-row" data-rejecting={e.entryId}>
                              <td colSpan={8}>
                                <ReasonForm onSubmit={(reason) => reject(e.entryId, reason)} onCancel={() => setRejecting(undefined)} />
                              </td>
                            </tr>
                          ) : null,
                        ];
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </AsyncState>
    </section>
  );
}

/**
 * Each trade's city quota against the entries that hold a slot (approved or confirmed) and those still
 * waiting (submitted), from the first entry on: 6 waiting against a quota of 5 shows before any approval.
 */
function Quotas({
  entries,
  trades,
  city,
  tradeId,
  cityName,
}: {
  entries: EntryView[];
  trades: Map<string, TradeSummary>;
  city?: string;
  tradeId: string;
  cityName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const counts = new Map<string, { approved: number; pending: number }>();
  for (const e of entries) {
    if (city && e.city !== city) continue;
    const inQuota = IN_QUOTA.includes(e.status);
    if (!inQuota && e.status !== 'submitted') continue;
    const key = `${e.tradeId}|${e.city}`;
    const count = counts.get(key) ?? { approved: 0, pending: 0 };
    if (inQuota) count.approved += 1;
    else count.pending += 1;
    counts.set(key, count);
  }
  const rows = [...counts.entries()]
    .map(([key, count]) => {
      const [trade, entryCity] = key.split('|') as [string, string];
      return { trade, city: entryCity, ...count, quota: trades.get(trade)?.registration?.quotaPerCity };
    })
    .filter((r) => !tradeId || r.trade === tradeId)
    .sort((a, b) => a.trade.localeCompare(b.trade) || a.city.localeCompare(b.city));
  if (rows.length === 0) return null;
  return (
    <details className="quotas" open={rows.length <= 6}>
      <summary>{t('admin.quota.title')}</summary>
      <ul className="quota-bars">
        {rows.map((r) => {
          const scale = Math.max(r.quota ?? 0, r.approved + r.pending, 1);
          const over = r.quota !== undefined && r.approved + r.pending > r.quota;
          const full = r.quota !== undefined && r.approved >= r.quota;
          return (
            <li
              key={`${r.trade}|${r.city}`}
              className={`quota-bar${over ? ' quota-bar--over' : ''}${full ? ' quota--full' : ''}`}
              data-quota-trade={r.trade}
              data-approved={r.approved}
              data-pending={r.pending}
              data-quota={r.quota ?? ''}
            >
              <span className="quota-bar__label">
                {localName(trades.get(r.trade), r.trade)} · {cityName(r.city)}
              </span>
              <span className="quota-bar__track" aria-hidden="true">
                <span className="quota-bar__approved" style={{ width: `${(100 * r.approved) / scale}%` }} />
                <span className="quota-bar__pending" style={{ width: `${(100 * r.pending) / scale}%` }} />
                {r.quota !== undefined ? <span className="quota-bar__limit" style={{ left: `${(100 * r.quota) / scale}%` }} /> : null}
              </span>
              <span className="quota-bar__text">
                {r.quota === undefined
                  ? t('rolesDesk.quota.noLimit', { approved: r.approved, pending: r.pending })
                  : t('rolesDesk.quota.line', { approved: r.approved, pending: r.pending, quota: r.quota })}
                {over ? (
                  <strong className="quota-bar__warn"> {t('rolesDesk.quota.over', { count: r.approved + r.pending - r.quota! })}</strong>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function ReasonForm({ onSubmit, onCancel }: { onSubmit: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <form
      className="reason-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (reason.trim()) onSubmit(reason.trim());
      }}
    >
      <label>
        {t('admin.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
      </label>
      <button type="submit" className="button button--danger" disabled={!reason.trim()}>
        {t('admin.entries.reject')}
      </button>
      <button type="button" className="button button--ghost" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

type BulkReport = Schemas['BulkUploadReport'];

/** A city's spreadsheet of entries (XLSX or CSV), reported row by row. */
function BulkUpload({ onUploaded }: { onUploaded: () => void }) {
  const { t } = useTranslation();
  // The report names trades and cities: their names come with the catalogue.
  useTrades();
  useCities();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<BulkReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function upload(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const form = new FormData();
      form.append('file', file);
      setReport(await request<BulkReport>('POST', '/api/entries/bulk', { form, timeoutMs: 120_000 }));
      onUploaded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function template() {
    let file: Blob;
    try {
      file = await request<Blob>('GET', '/api/entries/bulk/template.xlsx', { blob: true });
    } catch (caught) {
      setError(caught);
      return;
    }
    const url = URL.createObjectURL(file);
    const link = Object.assign(document.createElement('a'), { href: url, download: 'entries-template.xlsx' });
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <details className="card bulk">
      <summary>{t('admin.bulk.title')}</summary>
      <form onSubmit={upload} className="bulk__form">
        <label>
          {t('admin.bulk.file')}
          <input type="file" accept=".xlsx,.csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <button type="submit" className="button button--primary" disabled={!file || busy}>
          {busy ? t('common.working') : t('admin.bulk.upload')}
        </button>
        <button type="button" className="button button--ghost" onClick={template}>
          {t('admin.bulk.template')}
        </button>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {report ? (
        <div className="bulk__report">
          <p>{t('admin.bulk.summary', { entered: report.entered, already: report.alreadyEntered, refused: report.refused })}</p>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('admin.bulk.row')}</th>
                <th scope="col">{t('i13.person')}</th>
                <th scope="col">{t('admin.status')}</th>
                <th scope="col">{t('admin.bulk.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.row} data-status={r.status}>
                  <td>{r.row}</td>
                  <td>{r.name ?? '—'}</td>
                  <td>{t(`admin.bulk.status.${r.status}`)}</td>
                  <td>
                    {r.problems
                      ? r.problems.map((p) => refusalText(t, p)).join('；')
                      : r.code
                        ? refusalText(t, { code: r.code, params: r.params, message: r.message })
                        : (r.message ?? '')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
