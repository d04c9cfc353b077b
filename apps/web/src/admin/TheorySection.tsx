import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newCommandId, request, seg } from '../api/client';
import type { TradeSummary } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField } from '../components/Field';
import { useApi } from '../components/useApi';
import { formatDateTime, formatScore } from '../format';
import { refusalText } from './refusal-text';
import type { components } from '../api/openapi.generated';

type Schemas = components['schemas'];

type TheoryStatus = Schemas['TheoryStatusView'];

type UploadReport = Schemas['TheoryUploadReport'];

/** The theory exam of a trade: the answer key, answer sheets or scores, who is graded and who is missing, corrections with a reason. */
export function TheorySection({ trade }: { trade: TradeSummary }) {
  const { t } = useTranslation();
  const base = `/api/trades/${seg(trade.id)}`;
  const status = useApi<TheoryStatus>(`${base}/theory`);
  const [report, setReport] = useState<UploadReport>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');

  async function send(run: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await run();
      setReport(answer && typeof answer === 'object' && 'rows' in answer ? (answer as UploadReport) : undefined);
      status.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const upload = (path: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    if (reason.trim()) form.append('reason', reason.trim());
    return send(() => request('POST', `${base}/${path}`, { form }));
  };

  return (
    <section className="admin-section theory" aria-labelledby="theory-title">
      <h2 id="theory-title">{t('theory.title')}</h2>
      <p className="note">{t('theory.lead')}</p>
      <AsyncState resource={status}>
        {(s) => (
          <>
            <dl className="facts" data-questions={s.questions} data-key-open={s.keyOpen}>
              <dt>{t('theory.key')}</dt>
              <dd>
                {s.questions > 0 ? t('theory.keyQuestions', { count: s.questions }) : t('theory.noKey')}
                {s.keyOpen ? '' : ` · ${t('theory.keyLocked')}`}
              </dd>
              <dt>{t('desk.col.theory')}</dt>
              <dd>{t('theory.weight', { weight: s.weight })}</dd>
            </dl>
            {s.keyOpen ? <KeyForm base={base} busy={busy} send={send} upload={upload} /> : null}
            <div className="card">
              <InputField label={t('theory.reason')} name="theory-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
              <FileUpload
                label={t('theory.answersFile')}
                name="answers-file"
                busy={busy}
                onFile={(file) => upload('theory-answers/file', file)}
              />
              <FileUpload
                label={t('theory.scoresFile')}
                name="scores-file"
                busy={busy}
                onFile={(file) => upload('theory-scores/file', file)}
              />
              <ScoreForm
                busy={busy}
                onSubmit={(competitorNumber, score) =>
                  send(() =>
                    api.post(`${base}/theory-scores`, {
                      rows: [{ competitorNumber, score }],
                      ...(reason.trim() ? { reason: reason.trim() } : {}),
                    }),
                  )
                }
              />
            </div>
            {error ? <ErrorNotice error={error} /> : null}
            {report ? <ReportTable report={report} /> : null}
            <p className={s.missing.length > 0 ? 'notice notice--error' : 'notice'} data-missing={s.missing.join(',')}>
              {s.missing.length > 0 ? t('theory.missing', { numbers: s.missing.join('、') }) : t('theory.allGraded')}
            </p>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('theory.col.number')}</th>
                  <th scope="col">{t('theory.col.source')}</th>
                  <th scope="col" className="num">
                    {t('theory.col.score')}
                  </th>
                  <th scope="col">{t('theory.col.history')}</th>
                </tr>
              </thead>
              <tbody>
                {s.competitors.map((c) => (
                  <tr key={c.competitorNumber} data-no={c.competitorNumber} data-source={c.source}>
                    <td>{c.competitorNumber}</td>
                    <td>{c.absent ? t('theory.absent') : t(`theory.source.${c.source}`)}</td>
                    <td className="num">{c.score === null ? '—' : formatScore(c.score)}</td>
                    <td>
                      {c.history.map((h) => (
                        <div key={h.at + h.kind}>
                          {formatDateTime(h.at)} {t(`theory.source.${h.kind}`)} {h.score === null ? '' : formatScore(h.score)}
                          {h.reason ? ` — ${h.reason}` : ''}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </AsyncState>
    </section>
  );
}

function KeyForm({
  base,
  busy,
  send,
  upload,
}: {
  base: string;
  busy: boolean;
  send: (run: () => Promise<unknown>) => Promise<void>;
  upload: (path: string, file: File) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  return (
    <div className="card">
      <div className="form form--inline">
        <InputField label={t('theory.keyText')} name="theory-key" value={key} onChange={(e) => setKey(e.target.value)} />
        <button
          type="button"
          className="button button--primary"
          data-action="set-key"
          disabled={busy || key.trim() === ''}
          onClick={() => send(() => api.post(`${base}/theory-key`, { commandId: newCommandId(), answerKey: key }))}
        >
          {t('theory.setKey')}
        </button>
      </div>
      <FileUpload label={t('theory.keyFile')} name="key-file" busy={busy} onFile={(file) => upload('theory-key/file', file)} />
    </div>
  );
}

function FileUpload({ label, name, busy, onFile }: { label: string; name: string; busy: boolean; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  return (
    <div className="form form--inline">
      <InputField label={label} name={name} type="file" accept=".csv,.xlsx" onChange={(e) => setFile(e.target.files?.[0])} />
      <button type="button" className="button" data-action={`upload-${name}`} disabled={busy || !file} onClick={() => file && onFile(file)}>
        {t('theory.upload')}
      </button>
    </div>
  );
}

function ScoreForm({ busy, onSubmit }: { busy: boolean; onSubmit: (competitorNumber: number, score: number) => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [score, setScore] = useState('');
  return (
    <div className="form form--inline">
      <InputField
        label={t('theory.competitorNumber')}
        name="score-number"
        type="number"
        min={1}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
      />
      <InputField
        label={t('theory.score')}
        name="score-value"
        type="number"
        min={0}
        max={100}
        step={0.01}
        value={score}
        onChange={(e) => setScore(e.target.value)}
      />
      <button
        type="button"
        className="button button--primary"
        data-action="record-score"
        disabled={busy || !number || score === ''}
        onClick={() => onSubmit(Number(number), Number(score))}
      >
        {t('theory.record')}
      </button>
    </div>
  );
}

function ReportTable({ report }: { report: UploadReport }) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid="theory-report">
      <p role="status">{t('theory.report', { recorded: report.recorded })}</p>
      <table className="data">
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.row} data-row={r.row} data-status={r.status}>
              <td>
                {t('theory.row')} {r.row}
              </td>
              <td>{r.competitorNumber}</td>
              <td>{t(`theory.status.${r.status}`)}</td>
              <td>{refusalText(t, r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
