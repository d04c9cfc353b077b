import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { ScoreSheet, TradeSummary } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { shortId } from '../format';
import { formatDuration, parseDuration } from './duration';
import { SignOffList } from './SignOffList';
import { useJudgeNames } from '../components/names';

/** The chief judge reads a competitor's sheet (every judge's marks) and locks a module once every aspect is marked. */
export function SignOffSection({ trade }: { trade: TradeSummary }) {
  const { t } = useTranslation();
  const competitors = useApi<Array<{ competitorNumber: number }>>(`/api/trades/${seg(trade.id)}/competitors`);
  const [number, setNumber] = useState('');
  const sheet = useApi<ScoreSheet>(number ? `/api/trades/${seg(trade.id)}/competitors/${seg(number)}/sheet` : null);
  const [version, setVersion] = useState(0);
  const signOff = useCommand(() => {
    sheet.reload();
    setVersion((v) => v + 1);
  });
  const judgeName = useJudgeNames(trade.id);
  return (
    <section className="admin-section" aria-labelledby="signoff-title">
      <h2 id="signoff-title">{t('admin.section.signoff')}</h2>
      <SignOffList
        tradeId={trade.id}
        numbers={(competitors.data ?? []).map((c) => c.competitorNumber)}
        selected={number}
        onSelect={(n) => setNumber(String(n))}
        version={version}
      />
      <SelectField
        label={t('admin.lots.competitorNumber')}
        name="signoff-number"
        value={number}
        placeholder={t('admin.signoff.choose')}
        options={(competitors.data ?? []).map((c) => ({ value: String(c.competitorNumber), label: String(c.competitorNumber) }))}
        onChange={(e) => setNumber(e.target.value)}
      />
      {number ? (
        <AsyncState resource={sheet}>
          {(data) => (
            <div className="modules">
              {data.modules.map((m) => {
                const unmarked = m.aspects.filter((a) => a.status !== 'marked').length;
                return (
                  <div key={m.moduleId} className="card" data-module={m.moduleId}>
                    <h3>
                      {shortId(m.moduleId, trade.id)} · {m.name}{' '}
                      {m.signedOff ? <span className="tag">{t('admin.signoff.signedOff')}</span> : null}
                    </h3>
                    <table className="data">
                      <thead>
                        <tr>
                          <th scope="col">{t('admin.corrections.aspect')}</th>
                          <th scope="col">{t('admin.status')}</th>
                          <th scope="col" className="num">
                            {t('admin.corrections.mark')}
                          </th>
                          <th scope="col">{t('admin.signoff.marks')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {m.aspects.map((a) => (
                          <tr key={a.aspectId} data-status={a.status}>
                            <td>
                              {shortId(a.aspectId, trade.id)} {a.description}
                            </td>
                            <td>{t(`judge.panel.${a.status}`, { mark: a.mark ?? '', round: a.round })}</td>
                            <td className="num">{a.mark === null ? <span className="muted">{t('judge.state.unmarked')}</span> : a.mark}</td>
                            <td>{(a.marks ?? []).map((j) => `${judgeName(j.judgeId)}: ${j.mark}`).join(' · ')}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    {!m.signedOff ? (
                      <button
                        type="button"
                        className="button button--primary"
                        disabled={signOff.busy}
                        onClick={() =>
                          signOff.run(`/api/trades/${seg(trade.id)}/competitors/${seg(number)}/sign-off`, { moduleId: m.moduleId })
                        }
                      >
                        {unmarked ? t('admin.signoff.blocked', { count: unmarked }) : t('admin.signoff.submit')}
                      </button>
                    ) : null}
                  </div>
                );
              })}
              {signOff.error ? <ErrorNotice error={signOff.error} /> : null}
              <CompletionTimeForm
                key={`${number}-${data.completionSeconds}`}
                path={`/api/trades/${seg(trade.id)}/competitors/${seg(number)}/completion-time`}
                recorded={data.completionSeconds}
                locked={data.modules.every((m) => m.signedOff)}
                onRecorded={() => sheet.reload()}
              />
            </div>
          )}
        </AsyncState>
      ) : null}
    </section>
  );
}

/** The competitor's completion time (the last tie-break): recorded once, changed with a reason, locked by the last sign-off. */
function CompletionTimeForm({
  path,
  recorded,
  locked,
  onRecorded,
}: {
  path: string;
  recorded: number | null;
  locked: boolean;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(recorded === null ? '' : formatDuration(recorded));
  const [reason, setReason] = useState('');
  const record = useCommand(onRecorded);
  const seconds = parseDuration(text);
  const changing = recorded !== null;
  const ready = seconds !== undefined && seconds > 0 && seconds !== recorded && (!changing || reason.trim().length > 0);
  return (
    <div className="card" data-completion={recorded ?? ''}>
      <h3>
        {t('admin.signoff.completion')}:{' '}
        {recorded === null ? <span className="muted">{t('admin.signoff.completionNone')}</span> : formatDuration(recorded)}
      </h3>
      {locked ? (
        <p className="muted">{t('admin.signoff.completionLocked')}</p>
      ) : (
        <>
          <InputField
            label={t('admin.signoff.completion')}
            name="completion-time"
            inputMode="numeric"
            value={text}
            hint={t('admin.signoff.completionHint')}
            error={text.trim() && seconds === undefined ? t('admin.signoff.completionInvalid') : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {changing ? (
            <InputField
              label={t('admin.signoff.completionReason')}
              name="completion-reason"
              value={reason}
              maxLength={500}
              onChange={(e) => setReason(e.target.value)}
            />
          ) : null}
          <button
            type="button"
            className="button button--primary"
            disabled={!ready || record.busy}
            onClick={() => record.run(path, { completionSeconds: seconds, ...(changing ? { reason: reason.trim() } : {}) })}
          >
            {t('admin.signoff.completionSubmit')}
          </button>
          {record.error ? <ErrorNotice error={record.error} /> : null}
        </>
      )}
    </div>
  );
}
