import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorNotice } from '../components/AsyncState';
import { SelectField } from '../components/Field';
import { useCities, useEvents, useLocalName } from '../components/catalogue';
import { formatDateTime, formatTime } from '../format';
import { DESK_STAGES, type DeskAnswer, type DeskRow, mergeDesk, type SortKey, sortDesk } from './desk-rows';

/**
 * Short polling, not the socket: the page asks every 2 s for the rows changed since its last answer
 * (`since`), so however many marks arrive across 133 trades the browser gets at most one small
 * answer per poll, the same on every api node, through any proxy; a hidden tab does not poll.
 */
const POLL_MS = 2_000;

/** The contest desk: every trade as a row, live, filterable by event, city and stage, sortable, with a link into each trade. */
export function DeskSection() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const events = useEvents();
  const cities = useCities();
  const [eventId, setEventId] = useState('');
  const [city, setCity] = useState('');
  const [stage, setStage] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'trade', descending: false });
  const { rows, error, updatedAt } = useDesk(city);

  const shown = sortDesk(
    [...rows.values()].filter((r) => (!eventId || r.eventId === eventId) && (!stage || r.stage === stage)),
    sort.key,
    sort.descending,
  );
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="link"
        data-sort={key}
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );

  return (
    <section className="admin-section desk" aria-labelledby="desk-title">
      <h2 id="desk-title">{t('desk.title')}</h2>
      <p className="note">{t('desk.lead')}</p>
      <div className="form form--inline">
        <SelectField
          label={t('desk.event')}
          name="desk-event"
          value={eventId}
          placeholder={t('desk.allEvents')}
          options={(events.data ?? []).map((e) => ({ value: e.id, label: localName(e) }))}
          onChange={(e) => setEventId(e.target.value)}
        />
        <SelectField
          label={t('desk.city')}
          name="desk-city"
          value={city}
          placeholder={t('desk.allCities')}
          options={(cities.data ?? []).map((c) => ({ value: c.id, label: localName(c) }))}
          onChange={(e) => setCity(e.target.value)}
        />
        <SelectField
          label={t('desk.stage')}
          name="desk-stage"
          value={stage}
          placeholder={t('desk.allStages')}
          options={DESK_STAGES.map((s) => ({ value: s, label: t(`desk.stages.${s}`) }))}
          onChange={(e) => setStage(e.target.value)}
        />
      </div>
      <p className="note" role="status">
        {t('desk.trades', { count: shown.length })}
        {updatedAt ? ` · ${t('desk.updated', { time: formatTime(updatedAt) })}` : ''}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      <div className="table-scroll">
        <table className="data desk__table">
          <thead>
            <tr>
              {header('trade', t('desk.col.trade'))}
              {header('stage', t('desk.col.stage'))}
              {header('entries', t('desk.col.entries'))}
              <th scope="col">{t('desk.col.draw')}</th>
              <th scope="col">{t('desk.col.checkIn')}</th>
              {header('marking', t('desk.col.marking'))}
              {header('corrections', `${t('desk.col.corrections')} / ${t('desk.col.remarks')}`)}
              {header('signedOff', t('desk.col.signedOff'))}
              <th scope="col">{t('desk.col.theory')}</th>
              <th scope="col">{t('desk.col.published')}</th>
              {header('appeals', t('desk.col.appeals'))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <DeskTableRow key={row.tradeId} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DeskTableRow({ row }: { row: DeskRow }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const present = row.competitors - row.absent;
  const percent = row.totalAspects === 0 ? 0 : Math.floor((row.markedAspects * 100) / row.totalAspects);
  return (
    <tr data-trade={row.tradeId} data-stage={row.stage} data-marked={row.markedAspects} data-signed={row.signedOff}>
      <td>
        <a href={`/admin?section=results&trade=${encodeURIComponent(row.tradeId)}`}>{localName(row)}</a>
        <div className="mono note">{row.tradeId}</div>
      </td>
      <td>
        <span className={`badge badge--${row.stage}`}>{t(`desk.stages.${row.stage}`)}</span>
        {row.frozen ? <span className="badge"> {t('desk.col.frozen')}</span> : null}
      </td>
      <td className="num">
        {row.entries.submitted} / {row.entries.approved} / {row.entries.confirmed}
      </td>
      <td>{row.competitors > 0 ? row.competitors : row.drawCommitted ? t('desk.committed') : '—'}</td>
      <td className="num">
        {row.competitors > 0 ? `${row.checkedIn} / ${row.competitors}` : '—'}
        {row.checkInClosed ? ` · ${t('desk.closed')}` : ''}
      </td>
      <td>
        {row.totalAspects > 0 ? (
          <>
            <progress max={row.totalAspects} value={row.markedAspects} aria-label={t('desk.col.marking')} /> {percent}% · {row.marked}/
            {present}
          </>
        ) : (
          '—'
        )}
      </td>
      <td className="num" data-corrections={row.pendingCorrections}>
        {row.pendingCorrections} / {row.openRemarks}
      </td>
      <td className="num">{present > 0 ? `${row.signedOff} / ${present}` : '—'}</td>
      <td className="num">{row.theoryWeight > 0 && present > 0 ? `${row.theoryRecorded} / ${present}` : '—'}</td>
      <td>{row.publishedAt ? formatDateTime(row.publishedAt) : '—'}</td>
      <td className="num">
        {row.pendingAppeals}
        {row.appealsCloseAt && Date.parse(row.appealsCloseAt) > Date.now()
          ? ` · ${t('desk.appealsOpen', { time: formatTime(row.appealsCloseAt) })}`
          : ''}
      </td>
    </tr>
  );
}

/** The desk's rows, polled: a full answer first (and after a change of city), then only the rows changed. */
function useDesk(city: string) {
  const [rows, setRows] = useState<Map<string, DeskRow>>(new Map());
  const [error, setError] = useState<unknown>();
  const [updatedAt, setUpdatedAt] = useState<string>();
  const since = useRef<number | undefined>(undefined);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    since.current = undefined;
    const poll = async () => {
      if (document.visibilityState === 'visible') {
        try {
          const query = new URLSearchParams();
          if (city) query.set('city', city);
          if (since.current !== undefined) query.set('since', String(since.current));
          const answer = await api.get<DeskAnswer>(`/api/desk?${query}`);
          if (stopped) return;
          setRows((shown) => mergeDesk(shown, answer));
          since.current = answer.position;
          setUpdatedAt(new Date().toISOString());
          setError(undefined);
        } catch (caught) {
          if (!stopped) setError(caught);
        }
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [city]);

  return { rows, error, updatedAt };
}
