import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { Appeal, TradeResults } from '../api/types';
import { ErrorNotice } from '../components/AsyncState';
import { FieldFrame } from '../components/Field';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { formatDateTime, formatScore } from '../format';

/**
 * The contestant's own result once their number is drawn, as the public results show it, and their
 * appeals: filed here while the window after publication is open, with the arbitration's decision.
 */
export function MyResult({ tradeId, competitorNumber }: { tradeId: string; competitorNumber: number }) {
  const { t } = useTranslation();
  const results = useApi<TradeResults>(`/api/trades/${seg(tradeId)}/results`);
  const appeals = useApi<Appeal[]>(`/api/appeals?tradeId=${seg(tradeId)}`);
  const [reason, setReason] = useState('');
  const file = useCommand(() => {
    setReason('');
    appeals.reload();
  });
  const row = results.data?.rows.find((r) => r.competitorNumber === competitorNumber);
  const closesAt = results.data?.appealsCloseAt ?? null;
  const windowOpen = closesAt !== null && Date.now() < Date.parse(closesAt);
  const pending = (appeals.data ?? []).some((a) => a.status === 'pending');
  return (
    <section className="card my-result" aria-labelledby="result-title" data-result-status={results.data?.status ?? ''}>
      <h2 id="result-title">{t('register.result.title')}</h2>
      {results.error ? <ErrorNotice error={results.error} /> : null}
      {row && row.progress !== 'not_started' ? (
        <dl className="facts">
          <dt>{t('register.result.status')}</dt>
          <dd>{t(`resultStatus.${results.data!.status}`)}</dd>
          <dt>{t('register.result.total')}</dt>
          <dd data-total={row.total}>{formatScore(row.total)}</dd>
          <dt>{t('register.result.rank')}</dt>
          <dd data-rank={row.rank ?? ''}>{row.rank ?? '—'}</dd>
          <dt>{t('register.result.prize')}</dt>
          <dd>{row.prize ? t(`prize.${row.prize}`) : '—'}</dd>
        </dl>
      ) : (
        <p className="muted">{t('register.result.none')}</p>
      )}
      <h3>{t('register.result.appealsTitle')}</h3>
      <ul className="appeals">
        {(appeals.data ?? []).map((appeal) => (
          <li key={appeal.appealId} data-appeal-status={appeal.status}>
            <span className="tag">{t(`register.result.appealStatus.${appeal.status ?? 'pending'}`)}</span> {appeal.reason}
            {appeal.decision ? <p className="muted">{t('register.result.decision', { reasons: appeal.decision.reasons })}</p> : null}
          </li>
        ))}
      </ul>
      {windowOpen && !pending ? (
        <div className="appeal-form">
          <FieldFrame
            label={t('register.result.appealReason')}
            name="appeal-reason"
            hint={t('register.result.appealDeadline', { at: formatDateTime(closesAt!) })}
          >
            {({ id, describedBy }) => (
              <textarea
                id={id}
                name="appeal-reason"
                aria-describedby={describedBy}
                rows={3}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </FieldFrame>
          <button
            type="button"
            className="button button--primary"
            disabled={!reason.trim() || file.busy}
            onClick={() => file.run('/api/appeals', { tradeId, reason: reason.trim() })}
          >
            {t('register.result.appealSubmit')}
          </button>
        </div>
      ) : (
        <p className="muted">
          {pending ? t('register.result.appealPending') : closesAt ? t('register.result.appealClosed') : t('register.result.appealNotYet')}
        </p>
      )}
      {file.error ? <ErrorNotice error={file.error} /> : null}
    </section>
  );
}
