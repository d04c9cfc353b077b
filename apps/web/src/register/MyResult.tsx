import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { Appeal, MyResult as MyPublishedResult, TradeResults } from '../api/types';
import { ErrorNotice } from '../components/AsyncState';
import { FieldFrame } from '../components/Field';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { formatDateTime, formatScore } from '../format';
import { ResultsRules } from '../results/ResultsRules';

/**
 * The contestant's own result once their number is drawn, as the public results show it; once
 * published, also their theory and practical scores and the marks of each module and aspect. Their
 * appeals: filed here while the window after publication is open (naming the aspects they are about,
 * if they wish), with the arbitration's decision.
 */
export function MyResult({ tradeId, competitorNumber }: { tradeId: string; competitorNumber: number }) {
  const { t } = useTranslation();
  const results = useApi<TradeResults>(`/api/trades/${seg(tradeId)}/results`);
  const appeals = useApi<Appeal[]>(`/api/appeals?tradeId=${seg(tradeId)}`);
  const mine = useApi<MyPublishedResult>(results.data?.publishedAt ? `/api/trades/${seg(tradeId)}/results/mine` : null);
  const [reason, setReason] = useState('');
  const [aspectIds, setAspectIds] = useState<ReadonlySet<string>>(new Set());
  const file = useCommand(() => {
    setReason('');
    setAspectIds(new Set());
    appeals.reload();
  });
  const toggleAspect = (aspectId: string, on: boolean) =>
    setAspectIds((ids) => {
      const next = new Set(ids);
      if (on) next.add(aspectId);
      else next.delete(aspectId);
      return next;
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
          <dt>{t('results.theory')}</dt>
          <dd data-theory={row.theory ?? ''}>{row.theory === null ? '—' : formatScore(row.theory)}</dd>
          <dt>{t('results.practical')}</dt>
          <dd data-practical={row.practical}>{formatScore(row.practical)}</dd>
          <dt>{t('register.result.total')}</dt>
          <dd data-total={row.total}>{formatScore(row.total)}</dd>
          <dt>{t('register.result.rank')}</dt>
          <dd data-rank={row.rank ?? ''}>{row.rank ?? t('results.unranked')}</dd>
          <dt>{t('register.result.prize')}</dt>
          <dd>{row.prize ? t(`prize.${row.prize}`) : '—'}</dd>
        </dl>
      ) : (
        <p className="muted">{t('register.result.none')}</p>
      )}
      {results.data ? <ResultsRules results={results.data} /> : null}
      {mine.data ? (
        <ModuleMarks result={mine.data} selectable={windowOpen && !pending} selected={aspectIds} onToggle={toggleAspect} />
      ) : row && !results.data?.publishedAt ? (
        <p className="muted">{t('results.breakdownAfterPublication')}</p>
      ) : null}
      {mine.error ? <ErrorNotice error={mine.error} /> : null}
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
            onClick={() => file.run('/api/appeals', { tradeId, reason: reason.trim(), aspectIds: [...aspectIds] })}
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

/** The marks of each module (sub-criterion) and aspect, as the panel's marks make them; aspects can be picked for an appeal. */
function ModuleMarks({
  result,
  selectable,
  selected,
  onToggle,
}: {
  result: MyPublishedResult;
  selectable: boolean;
  selected: ReadonlySet<string>;
  onToggle: (aspectId: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="data module-marks" aria-label={t('results.modules')}>
      <caption>{t('results.modules')}</caption>
      <thead>
        <tr>
          {selectable ? (
            <th scope="col" className="visually-hidden">
              {t('results.appealAspects')}
            </th>
          ) : null}
          <th scope="col">{t('results.aspect')}</th>
          <th scope="col" className="num">
            {t('results.mark')}
          </th>
          <th scope="col" className="num">
            {t('results.maxMark')}
          </th>
        </tr>
      </thead>
      {result.modules.map((module) => (
        <tbody key={module.moduleId} data-module={module.moduleId}>
          <tr className="module-marks__module">
            {selectable ? <td /> : null}
            <th scope="row">{module.name}</th>
            <td className="num" data-module-mark={module.mark}>
              {formatScore(module.mark)}
            </td>
            <td className="num">{formatScore(module.maxMark)}</td>
          </tr>
          {module.aspects.map((aspect) => (
            <tr key={aspect.aspectId} data-aspect={aspect.aspectId}>
              {selectable ? (
                <td>
                  <input
                    type="checkbox"
                    name="appeal-aspect"
                    value={aspect.aspectId}
                    aria-label={`${t('results.appealAspects')}: ${aspect.description}`}
                    checked={selected.has(aspect.aspectId)}
                    onChange={(e) => onToggle(aspect.aspectId, e.target.checked)}
                  />
                </td>
              ) : null}
              <td>{aspect.description}</td>
              <td className="num" data-aspect-mark={aspect.mark ?? ''}>
                {aspect.mark === null ? t('results.notMarked') : formatScore(aspect.mark)}
              </td>
              <td className="num">{formatScore(aspect.maxMark)}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
