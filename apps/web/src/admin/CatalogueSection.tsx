import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newCommandId, request } from '../api/client';
import type { TradeSummary, UserProfile } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useEditions, useLocalName } from '../components/catalogue';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { refusalText } from './refusal-text';
import type { components } from '../api/openapi.generated';

type Schemas = components['schemas'];

type CatalogueReport = Schemas['CatalogueImportReport'];

type Contest = Schemas['ContestView'];

/** Setting up an edition (docs/setting-up-an-edition.md): the edition, the catalogue workbook (template, upload with its report, export), the versions of a trade's scheme. */
export function CatalogueSection({ trades, onChanged, user }: { trades: TradeSummary[]; onChanged: () => void; user: UserProfile }) {
  const { t } = useTranslation();
  const contest = useApi<Contest>('/api/catalogue/contest');
  if (user.role === 'chief_judge') {
    return (
      <section className="admin-section catalogue" aria-labelledby="catalogue-title">
        <h2 id="catalogue-title">{t('catalogue.versions')}</h2>
        <Versions trades={trades.filter((tr) => user.tradeIds?.includes(tr.id))} chief />
      </section>
    );
  }
  return (
    <section className="admin-section catalogue" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t('catalogue.title')}</h2>
      <p className="note">{t('catalogue.lead')}</p>
      {contest.data ? (
        <p data-testid="edition">
          {t('catalogue.current', { name: contest.data.name, year: contest.data.year })}
          {contest.data.days ? ` · ${contest.data.days.first} – ${contest.data.days.last}` : ''}
        </p>
      ) : null}
      <CreateEdition onCreated={contest.reload} />
      <Workbook onImported={onChanged} />
      <Versions trades={trades} />
    </section>
  );
}

function CreateEdition({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const editions = useEditions();
  const empty = { id: '', name: '', year: String(new Date().getFullYear()), firstDay: '', lastDay: '', closesAt: '', copyFrom: '' };
  const [form, setForm] = useState(empty);
  const [copied, setCopied] = useState<CatalogueReport | undefined>();
  const create = useCommand<{ copied?: CatalogueReport }>((answer) => {
    setForm(empty);
    setCopied(answer?.copied);
    editions.reload();
    onCreated();
  });
  const set = (name: keyof typeof empty) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const fields =
    create.error && typeof create.error === 'object' && 'fields' in create.error
      ? (create.error as { fields: Record<string, string[]> }).fields
      : {};
  return (
    <details className="card">
      <summary>{t('catalogue.newEdition')}</summary>
      <div className="form form--grid">
        <InputField label={t('catalogue.editionId')} name="edition-id" value={form.id} error={fields.id} onChange={set('id')} />
        <InputField label={t('catalogue.editionName')} name="edition-name" value={form.name} error={fields.name} onChange={set('name')} />
        <InputField
          label={t('catalogue.year')}
          name="edition-year"
          type="number"
          value={form.year}
          error={fields.year}
          onChange={set('year')}
        />
        <InputField label={t('catalogue.firstDay')} name="edition-first" type="date" value={form.firstDay} onChange={set('firstDay')} />
        <InputField label={t('catalogue.lastDay')} name="edition-last" type="date" value={form.lastDay} onChange={set('lastDay')} />
        <InputField
          label={t('catalogue.deadline')}
          name="edition-deadline"
          type="datetime-local"
          value={form.closesAt}
          onChange={set('closesAt')}
        />
        <SelectField
          label={t('catalogue.copyFrom')}
          name="edition-copy-from"
          value={form.copyFrom}
          placeholder={t('catalogue.copyNone')}
          options={(editions.data ?? []).map((e) => ({ value: e.contestId, label: `${e.name} (${e.year})` }))}
          onChange={set('copyFrom')}
        />
      </div>
      <p className="note">{t('catalogue.copyHint')}</p>
      <button
        type="button"
        className="button button--primary"
        data-action="create-edition"
        disabled={create.busy}
        onClick={() =>
          create.run('/api/editions', {
            id: form.id.trim(),
            name: form.name.trim(),
            year: Number(form.year),
            ...(form.firstDay && form.lastDay ? { firstDay: form.firstDay, lastDay: form.lastDay } : {}),
            // Entered in China time.
            ...(form.closesAt ? { registrationClosesAt: `${form.closesAt}:00+08:00` } : {}),
            ...(form.copyFrom ? { copyFrom: form.copyFrom } : {}),
          })
        }
      >
        {t('catalogue.createEdition')}
      </button>
      {copied ? (
        <p className="notice" data-testid="edition-copied">
          {t('catalogue.copied', { created: copied.created, refused: copied.refused })}
        </p>
      ) : null}
      {create.error && Object.keys(fields).length === 0 ? <ErrorNotice error={create.error} /> : null}
    </details>
  );
}

async function save(path: string, name: string, onError: (e: unknown) => void) {
  try {
    const file = await request<Blob>('GET', path, { blob: true, timeoutMs: 60_000 });
    const url = URL.createObjectURL(file);
    Object.assign(document.createElement('a'), { href: url, download: name }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (caught) {
    onError(caught);
  }
}

function Workbook({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<CatalogueReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function upload() {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setReport(undefined);
    try {
      const form = new FormData();
      form.append('file', file);
      setReport(await request<CatalogueReport>('POST', '/api/catalogue/workbook', { form, timeoutMs: 300_000 }));
      onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="card">
      <h3>{t('catalogue.workbook')}</h3>
      <p className="note">{t('catalogue.workbookHint')}</p>
      <div className="form form--inline">
        <button
          type="button"
          className="button"
          data-action="catalogue-template"
          onClick={() => save('/api/catalogue/workbook/template', 'catalogue-template.xlsx', setError)}
        >
          {t('catalogue.template')}
        </button>
        <button
          type="button"
          className="button"
          data-action="catalogue-export"
          onClick={() => save('/api/catalogue/workbook', 'catalogue.xlsx', setError)}
        >
          {t('catalogue.export')}
        </button>
      </div>
      <div className="form form--inline">
        <InputField
          label={t('catalogue.file')}
          name="catalogue-file"
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <button type="button" className="button button--primary" data-action="import-catalogue" disabled={busy || !file} onClick={upload}>
          {busy ? t('catalogue.uploading') : t('catalogue.upload')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {report ? <Report report={report} /> : null}
    </div>
  );
}

function Report({ report }: { report: CatalogueReport }) {
  const { t } = useTranslation();
  return (
    <div data-testid="catalogue-report">
      <p role="status">
        {t('catalogue.summary', { created: report.created, changed: report.changed, unchanged: report.unchanged, refused: report.refused })}
      </p>
      {report.ignoredColumns?.length ? (
        <p className="note">{t('catalogue.ignored', { columns: report.ignoredColumns.join('、') })}</p>
      ) : null}
      <table className="data">
        <thead>
          <tr>
            {(['sheet', 'row', 'column', 'id', 'status', 'reason'] as const).map((c) => (
              <th key={c} scope="col">
                {t(`catalogue.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={`${r.sheet}-${r.row}-${r.id}`} data-sheet={r.sheet} data-row={r.row} data-status={r.status}>
              <td>{t(`catalogue.sheet.${r.sheet}`)}</td>
              <td>{r.row}</td>
              <td className="mono">{r.column ?? ''}</td>
              <td className="mono">{r.id}</td>
              <td>{t(`catalogue.status.${r.status}`)}</td>
              <td data-code={r.code}>{r.status === 'refused' ? refusalText(t, r) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Versions({ trades, chief = false }: { trades: TradeSummary[]; chief?: boolean }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const [tradeId, setTradeId] = useState('');
  const [file, setFile] = useState<File>();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [answer, setAnswer] = useState<{ status: 'revised' | 'awaiting_approval' | 'unchanged'; version: number }>();
  const approve = useCommand(() => trade.reload());
  async function revise() {
    if (!file) return;
    setError(undefined);
    setAnswer(undefined);
    try {
      const form = new FormData();
      form.append('file', file);
      form.append('commandId', newCommandId());
      form.append('reason', reason);
      setAnswer(await request('POST', `/api/catalogue/trades/${encodeURIComponent(tradeId)}/revisions`, { form, timeoutMs: 120_000 }));
      trade.reload();
    } catch (caught) {
      setError(caught);
    }
  }
  const trade = useApi<Schemas['TradeView']>(tradeId ? `/api/catalogue/trades/${encodeURIComponent(tradeId)}` : null);
  return (
    <div className="card">
      <h3>{t('catalogue.versions')}</h3>
      <SelectField
        label={t('admin.trade')}
        name="versions-trade"
        value={tradeId}
        placeholder={t('admin.chooseTrade')}
        options={trades.map((tr) => ({ value: tr.id, label: `${localName(tr)} (${tr.id})` }))}
        onChange={(e) => setTradeId(e.target.value)}
      />
      {tradeId ? (
        <AsyncState resource={trade}>
          {(view) => (
            <table className="data" data-testid="trade-versions">
              <thead>
                <tr>
                  {(['version', 'at', 'by', 'aspects', 'reason'] as const).map((c) => (
                    <th key={c} scope="col">
                      {t(`catalogue.vcol.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...view.versions, ...(view.pendingRevision ? [view.pendingRevision] : [])].map((v) => (
                  <tr key={v.version} data-version={v.version}>
                    <td>
                      {v.version}
                      {v === view.pendingRevision ? ` (${t('catalogue.pending')})` : ''}
                    </td>
                    <td>{new Date(v.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td>
                    <td className="mono">{v.by}</td>
                    <td>{v.aspects}</td>
                    <td>{v.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AsyncState>
      ) : null}
      {tradeId && chief && trade.data?.pendingRevision ? (
        <button
          type="button"
          className="button button--primary"
          data-action="approve-revision"
          disabled={approve.busy}
          onClick={() =>
            approve.run(`/api/catalogue/trades/${encodeURIComponent(tradeId)}/revisions/approve`, {
              version: trade.data!.pendingRevision!.version,
            })
          }
        >
          {t('catalogue.approve', { version: trade.data.pendingRevision.version })}
        </button>
      ) : null}
      {approve.error ? <ErrorNotice error={approve.error} /> : null}
      {tradeId && !chief ? (
        <div className="form form--inline">
          <InputField
            label={t('catalogue.reviseFile')}
            name="revision-file"
            type="file"
            accept=".xlsx,.csv"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
          <InputField label={t('catalogue.reason')} name="revision-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="button" className="button" data-action="revise-trade" disabled={!file} onClick={revise}>
            {t('catalogue.revise')}
          </button>
        </div>
      ) : null}
      {answer ? <p role="status">{t(`catalogue.revision.${answer.status}`, { version: answer.version })}</p> : null}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
