import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newCommandId, request } from '../api/client';
import type { TradeSummary } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useCities, useLocalName, useTrades } from '../components/catalogue';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { openPdf } from './pdf';
import { refusalText } from '../i18n/refusal-text';
import type { components } from '../api/openapi.generated';

type Schemas = components['schemas'];

type JudgeAccount = Schemas['JudgeAccountView'];

type ImportReport = Schemas['JudgeImportReport'];

/** Judges and chief judges: created one by one, imported from a workbook, listed (personal data masked), credential slips printed. */
export function JudgesSection({ trades }: { trades: TradeSummary[] }) {
  const { t } = useTranslation();
  const judges = useApi<JudgeAccount[]>('/api/users/judges');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [printError, setPrintError] = useState<unknown>();
  const toggle = (userId: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  return (
    <section className="admin-section judges" aria-labelledby="judges-title">
      <h2 id="judges-title">{t('judges.title')}</h2>
      <p className="note">{t('judges.lead')}</p>
      <CreateJudge trades={trades} onCreated={judges.reload} />
      <ImportJudges onImported={judges.reload} />
      <h3>{t('judges.list')}</h3>
      <button
        type="button"
        className="button"
        data-action="print-slips"
        disabled={selected.size === 0}
        onClick={() => {
          setPrintError(undefined);
          openPdf('POST', '/api/users/judges/credential-slips', { commandId: newCommandId(), userIds: [...selected] }).catch(setPrintError);
        }}
      >
        {t('judges.printSlips')}
      </button>
      {printError ? <ErrorNotice error={printError} /> : null}
      <AsyncState resource={judges}>
        {(list) => (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('judges.select')}</th>
                {(['name', 'username', 'role', 'employer', 'city', 'trades', 'idNumber', 'phone', 'state'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`judges.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((j) => (
                <tr key={j.userId} data-user={j.userId} data-active={j.active}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={j.displayName}
                      checked={selected.has(j.userId)}
                      onChange={(e) => toggle(j.userId, e.target.checked)}
                    />
                  </td>
                  <td>{j.displayName}</td>
                  <td className="mono">{j.username}</td>
                  <td>{t(`roles.${j.role}`)}</td>
                  <td>{j.employer?.name ?? ''}</td>
                  <td>{j.city ?? ''}</td>
                  <td>{j.tradeIds.join('、')}</td>
                  <td className="mono">{j.idNumber ?? ''}</td>
                  <td className="mono">{j.phone ?? ''}</td>
                  <td>{j.active ? t('judges.active') : t('judges.awaiting')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncState>
    </section>
  );
}

function CreateJudge({ trades, onCreated }: { trades: TradeSummary[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const cities = useCities();
  const empty = {
    username: '',
    displayName: '',
    role: 'judge',
    employer: '',
    creditCode: '',
    city: '',
    trades: '',
    idNumber: '',
    phone: '',
  };
  const [form, setForm] = useState(empty);
  const create = useCommand(() => {
    setForm(empty);
    onCreated();
  });
  const set = (name: keyof typeof empty) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const fields =
    create.error && typeof create.error === 'object' && 'fields' in create.error
      ? (create.error as { fields: Record<string, string[]> }).fields
      : {};
  const known = new Set(trades.map((tr) => tr.id));
  return (
    <div className="card">
      <h3>{t('judges.create')}</h3>
      <div className="form form--grid">
        <InputField label={t('judges.username')} name="username" value={form.username} error={fields.username} onChange={set('username')} />
        <InputField
          label={t('judges.displayName')}
          name="displayName"
          value={form.displayName}
          error={fields.displayName}
          onChange={set('displayName')}
        />
        <SelectField
          label={t('judges.role')}
          name="role"
          value={form.role}
          options={(['judge', 'chief_judge'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          onChange={set('role')}
        />
        <InputField
          label={t('judges.employer')}
          name="employer.name"
          value={form.employer}
          error={fields['employer.name']}
          onChange={set('employer')}
        />
        <InputField
          label={t('judges.creditCode')}
          name="employer.creditCode"
          value={form.creditCode}
          error={fields['employer.creditCode']}
          onChange={set('creditCode')}
        />
        <SelectField
          label={t('judges.city')}
          name="city"
          value={form.city}
          placeholder={t('desk.allCities')}
          options={(cities.data ?? []).map((c) => ({ value: c.id, label: localName(c) }))}
          error={fields.city}
          onChange={set('city')}
        />
        <InputField
          label={t('judges.trades')}
          name="tradeIds"
          value={form.trades}
          list="judge-trades"
          hint={form.trades
            .split(/[,，、]/)
            .filter((id) => id.trim() && !known.has(id.trim()))
            .join(', ')}
          error={fields.tradeIds}
          onChange={set('trades')}
        />
        <datalist id="judge-trades">
          {trades.map((tr) => (
            <option key={tr.id} value={tr.id}>
              {localName(tr)}
            </option>
          ))}
        </datalist>
        <InputField label={t('judges.idNumber')} name="idNumber" value={form.idNumber} error={fields.idNumber} onChange={set('idNumber')} />
        <InputField label={t('judges.phone')} name="phone" value={form.phone} error={fields.phone} onChange={set('phone')} />
      </div>
      <button
        type="button"
        className="button button--primary"
        data-action="create-judge"
        disabled={create.busy}
        onClick={() =>
          create.run('/api/users/judges', {
            username: form.username.trim(),
            displayName: form.displayName,
            role: form.role,
            employer: { name: form.employer, creditCode: form.creditCode.trim().toUpperCase() },
            city: form.city,
            tradeIds: form.trades
              .split(/[,，、]/)
              .map((id) => id.trim())
              .filter(Boolean),
            ...(form.idNumber.trim() ? { idNumber: form.idNumber.trim().toUpperCase() } : {}),
            ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
          })
        }
      >
        {t('judges.createSubmit')}
      </button>
      {create.error && Object.keys(fields).length === 0 ? <ErrorNotice error={create.error} /> : null}
    </div>
  );
}

function ImportJudges({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const trades = useTrades();
  const localTrade = (id: string) =>
    localName(
      trades.data?.find((tr) => tr.id === id),
      id,
    );
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function upload() {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const form = new FormData();
      form.append('file', file);
      setReport(await request<ImportReport>('POST', '/api/users/judges/import', { form, timeoutMs: 120_000 }));
      onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="card">
      <h3>{t('judges.import')}</h3>
      <p className="note">{t('judges.importHint')}</p>
      <div className="form form--inline">
        <InputField
          label={t('judges.import')}
          name="judges-file"
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <button type="button" className="button button--primary" data-action="import-judges" disabled={busy || !file} onClick={upload}>
          {t('judges.importSubmit')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {report ? (
        <div data-testid="judges-report">
          <p role="status">{t('judges.imported', { created: report.created, unchanged: report.unchanged, refused: report.refused })}</p>
          <table className="data">
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.row} data-row={r.row} data-status={r.status}>
                  <td>{r.row}</td>
                  <td>{t(`judges.rowStatus.${r.status}`)}</td>
                  <td className="mono">{r.username ?? ''}</td>
                  <td>
                    {r.message
                      ? refusalText(t, r)
                      : (r.panels ?? [])
                          .map((p) => `${t('judges.panels')} ${localTrade(p.tradeId)}: ${p.code ? refusalText(t, p) : p.status}`)
                          .join('；')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
