import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, seg } from '../api/client';
import type { EntryStatus as Status, EntryView } from '../api/types';
import { ErrorNotice } from '../components/AsyncState';
import { useLocalName, useTrades } from '../components/catalogue';
import { formatDateTime } from '../format';

const STEPS: Status[] = ['submitted', 'city_approved', 'confirmed'];
const ACTIVE: Status[] = ['submitted', 'city_approved', 'confirmed'];

/** The contestant's entry: where it stands, why it was refused, the competitor number once drawn. */
export function EntryStatus({ entry, onChange }: { entry: EntryView; onChange: () => void }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const trades = useTrades();
  const trade = trades.data?.find((tr) => tr.id === entry.tradeId);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const reached = STEPS.indexOf(entry.status);
  const refused = entry.status === 'city_rejected' || entry.status === 'province_rejected' || entry.status === 'withdrawn';

  async function withdraw() {
    if (!window.confirm(t('register.withdrawConfirm'))) return;
    setBusy(true);
    try {
      await api.command(`/api/entries/${seg(entry.entryId)}/withdrawal`, {});
      onChange();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card entry-status" aria-labelledby="status-title" data-status={entry.status}>
      <h2 id="status-title">{t('register.statusTitle')}</h2>
      <p className={`status-pill status-pill--${entry.status}`} role="status">
        {t(`entryStatus.${entry.status}`)}
      </p>
      {refused && entry.reason ? <p className="notice notice--error">{t('register.reason', { reason: entry.reason })}</p> : null}
      <ol className="steps">
        {STEPS.map((step, i) => (
          <li key={step} className={!refused && i <= reached ? 'steps__done' : ''}>
            {t(`entryStatus.${step}`)}
          </li>
        ))}
        <li className={entry.competitorNumber !== undefined ? 'steps__done' : ''}>
          {entry.competitorNumber !== undefined
            ? t('register.competitorNumber', { n: entry.competitorNumber })
            : t('register.awaitingDraw')}
        </li>
      </ol>
      <dl className="facts">
        <dt>{t('register.trade')}</dt>
        <dd>{localName(trade, entry.tradeId)}</dd>
        <dt>{t('register.name')}</dt>
        <dd>{[entry.name, ...entry.members.map((m) => m.name)].join('、')}</dd>
        <dt>{t('register.idNumber')}</dt>
        <dd className="mono">{entry.idNumber}</dd>
        <dt>{t('register.phone')}</dt>
        <dd className="mono">{entry.phone}</dd>
        <dt>{t('register.employerName')}</dt>
        <dd>
          {entry.employer.name}
          {entry.employer.techBased ? ` · ${t('register.techBasedShort')}` : ''}
        </dd>
        <dt>{t('register.submittedAt')}</dt>
        <dd>{formatDateTime(entry.submittedAt)}</dd>
      </dl>
      {error ? <ErrorNotice error={error} /> : null}
      {ACTIVE.includes(entry.status) && entry.competitorNumber === undefined ? (
        <button type="button" className="button button--danger" onClick={withdraw} disabled={busy}>
          {t('register.withdraw')}
        </button>
      ) : null}
    </section>
  );
}
