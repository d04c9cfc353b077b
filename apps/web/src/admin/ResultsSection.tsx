import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, seg } from '../api/client';
import type { TradeResults, TradeSummary } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { formatDateTime, formatScore } from '../format';
import { ResultsRules } from '../results/ResultsRules';
import { openPdf } from './pdf';
import { refusalText } from './refusal-text';

const HONOURS = ['may_day_labour_medal', 'technical_expert'] as const;
const isHonour = (value: string): value is (typeof HONOURS)[number] => (HONOURS as readonly string[]).includes(value);

/** The organiser freezes the board for the final period, reveals it at the ceremony and publishes the results. */
export function ResultsSection({ trade }: { trade: TradeSummary }) {
  const { t } = useTranslation();
  const results = useApi<TradeResults>(`/api/trades/${seg(trade.id)}/results`);
  const command = useCommand(() => results.reload());
  const run = (action: 'freeze' | 'reveal' | 'publish', body: object = {}) => command.run(`/api/trades/${seg(trade.id)}/${action}`, body);
  const [reason, setReason] = useState('');
  const [printError, setPrintError] = useState<unknown>();
  const print = (file: string) => {
    setPrintError(undefined);
    openPdf('GET', `/api/trades/${seg(trade.id)}/print/${file}`).catch(setPrintError);
  };
  // Publishing refused for missing theory results: the organiser may publish anyway, saying why.
  const theoryMissing =
    command.error instanceof ApiError && command.error.body.code === 'results.theory_missing' ? command.error.body : undefined;
  return (
    <section className="admin-section" aria-labelledby="results-title">
      <h2 id="results-title">{t('admin.section.results')}</h2>
      <div className="toolbar">
        <button
          type="button"
          className="button"
          data-action="freeze"
          disabled={command.busy || results.data?.frozen === true}
          onClick={() => run('freeze')}
        >
          {t('admin.results.freeze')}
        </button>
        <button
          type="button"
          className="button"
          data-action="reveal"
          disabled={command.busy || results.data?.frozen === false}
          onClick={() => run('reveal')}
        >
          {t('admin.results.reveal')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-action="publish"
          disabled={command.busy || Boolean(results.data?.publishedAt)}
          onClick={() => run('publish')}
        >
          {t('admin.results.publish')}
        </button>
        <a
          className="button button--ghost"
          href={`/live?trade=${encodeURIComponent(trade.id)}&event=${encodeURIComponent(trade.eventId)}`}
          target="_blank"
          rel="noreferrer"
        >
          {t('admin.results.openLive')}
        </a>
      </div>
      <div className="toolbar">
        <button type="button" className="button button--ghost" data-action="print-forms" onClick={() => print('marking-forms.pdf')}>
          {t('printing.markingForms')}
        </button>
        <button type="button" className="button button--ghost" data-action="print-results" onClick={() => print('results-sheet.pdf')}>
          {t('printing.resultsSheet')}
        </button>
      </div>
      {printError ? <ErrorNotice error={printError} /> : null}
      {theoryMissing ? (
        <div className="card notice--error" data-testid="theory-missing">
          <h3>{t('publication.overrideTitle')}</h3>
          <p role="alert">{refusalText(t, theoryMissing)}</p>
          <label className="field">
            <span>{t('publication.overrideReason')}</span>
            <textarea name="missingTheoryReason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
          </label>
          <button
            type="button"
            className="button button--primary"
            data-action="publish-override"
            disabled={command.busy || reason.trim() === ''}
            onClick={() => run('publish', { missingTheoryReason: reason.trim() })}
          >
            {t('publication.overrideSubmit')}
          </button>
        </div>
      ) : command.error ? (
        <ErrorNotice error={command.error} />
      ) : null}
      {command.done !== undefined && !command.error ? (
        <p className="notice" role="status">
          {t('common.done')}
        </p>
      ) : null}
      <AsyncState resource={results}>
        {(r) => (
          <>
            <dl className="facts" data-frozen={r.frozen}>
              <dt>{t('admin.results.status')}</dt>
              <dd>{t(`resultStatus.${r.status}`)}</dd>
              <dt>{t('admin.results.frozen')}</dt>
              <dd>{r.frozen ? t('common.yes') : t('common.no')}</dd>
              <dt>{t('admin.results.publishedAt')}</dt>
              <dd>{r.publishedAt ? formatDateTime(r.publishedAt) : '—'}</dd>
              {r.missingTheory ? (
                <>
                  <dt>{t('publication.overrideTitle')}</dt>
                  <dd data-testid="missing-theory">
                    {t('publication.missingTheory', {
                      numbers: r.missingTheory.competitorNumbers.join('、'),
                      reason: r.missingTheory.reason,
                    })}
                  </dd>
                </>
              ) : null}
              {r.checkpoint ? (
                <>
                  <dt>{t('admin.results.checkpoint')}</dt>
                  <dd className="mono">
                    #{r.checkpoint.position} {r.checkpoint.hash}
                  </dd>
                </>
              ) : null}
            </dl>
            <ResultsRules results={r} />
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t('live.col.rank')}</th>
                  <th scope="col">{t('live.col.number')}</th>
                  <th scope="col">{t('live.col.name')}</th>
                  <th scope="col" className="num">
                    {t('live.col.theory')}
                  </th>
                  <th scope="col" className="num">
                    {t('live.col.practical')}
                  </th>
                  <th scope="col" className="num">
                    {t('live.col.total')}
                  </th>
                  <th scope="col">{t('live.col.prize')}</th>
                  <th scope="col">{t('admin.results.honours')}</th>
                </tr>
              </thead>
              <tbody>
                {r.rows.map((row) => (
                  <tr key={row.competitorNumber}>
                    <td data-rank={row.rank ?? 'unranked'}>{row.rank ?? <span className="muted">{t('results.unranked')}</span>}</td>
                    <td>{row.competitorNumber}</td>
                    <td>{row.name}</td>
                    <td className="num">{row.theory === null ? '—' : formatScore(row.theory)}</td>
                    <td className="num">{formatScore(row.practical)}</td>
                    <td className="num">{formatScore(row.total)}</td>
                    <td>{row.prize ? t(`prize.${row.prize}`) : ''}</td>
                    <td>{row.honours.map((h) => (isHonour(h) ? t(`honours.${h}`) : h)).join('、')}</td>
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
