import { useTranslation } from 'react-i18next';
import { formatTime } from '../format';
import { aspectLabel, refusalText } from '../i18n/refusal-text';
import { refusalKind } from './marking';
import type { OutboxMark } from './outbox-state';

/** Every mark of this judge the server has not confirmed: waiting on the tablet, on its way, or refused. */
export function OutboxList({
  marks,
  onRetry,
  onDiscard,
}: {
  marks: OutboxMark[];
  onRetry: (m: OutboxMark) => void;
  onDiscard: (m: OutboxMark) => void;
}) {
  const { t } = useTranslation();
  if (marks.length === 0) return null;
  return (
    <section className="card outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('judge.outboxTitle')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('judge.col.competitor')}</th>
            <th scope="col">{t('judge.col.aspect')}</th>
            <th scope="col" className="num">
              {t('judge.col.mark')}
            </th>
            <th scope="col">{t('judge.col.state')}</th>
            <th scope="col">{t('judge.col.savedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('judge.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {marks.map((m) => (
            <tr key={m.commandId} data-command-id={m.commandId} data-state={m.state}>
              <td>{m.competitorNumber}</td>
              <td>{aspectLabel(m.tradeId, m.aspectId)}</td>
              <td className="num">{m.mark}</td>
              <td>
                {t(`judge.state.${m.state}`)}
                {m.refusal
                  ? ` — ${t(`judge.refusal.${refusalKind(m.refusal.status)}`)} ${refusalText(t, m.refusal) || m.refusal.message}`
                  : ''}
              </td>
              <td>{formatTime(m.createdAt)}</td>
              <td>
                {m.state === 'refused' || (m.state === 'saved' && m.attempts > 0) ? (
                  <button type="button" className="button" onClick={() => onRetry(m)}>
                    {t('judge.sendAgain')}
                  </button>
                ) : null}
                {m.state === 'refused' ? (
                  <button type="button" className="button button--ghost" onClick={() => onDiscard(m)}>
                    {t('judge.discard')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
