import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { TradeResults, TradeSummary } from '../api/types';
import { AsyncState } from '../components/AsyncState';
import { SelectField } from '../components/Field';
import { useEvents, useLocalName, useTrades } from '../components/catalogue';
import { useApi } from '../components/useApi';
import { formatTime } from '../format';
import { setQuery, useLocation } from '../router';
import { orderedRows } from './board-state';
import { BoardTable } from './BoardTable';
import { MedalTable, TechShare } from './MedalTable';
import { useBoard, type LiveBoard } from './useBoard';
import { useMedals } from './useMedals';

/** Big-screen mode: each trade stays this long before the next one. */
const ROTATE_MS = 20_000;

export default function LivePage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { query } = useLocation();
  const events = useEvents();
  const trades = useTrades();
  const screen = query.get('screen') === '1';
  const eventId = query.get('event') ?? undefined;
  const chosenTrade = query.get('trade') ?? undefined;

  const allTrades = trades.data ?? [];
  const eventTrades = eventId ? allTrades.filter((tr) => tr.eventId === eventId) : allTrades;
  const rotation = useRotation(screen ? rotationOf(eventTrades) : [], ROTATE_MS);
  const tradeId = screen ? (rotation.current ?? chosenTrade) : chosenTrade;
  const trade = allTrades.find((tr) => tr.id === tradeId);
  const event = events.data?.find((e) => e.id === (trade?.eventId ?? eventId));
  // The medal table and the tech share: over the chosen event's trades, else over the whole contest.
  const { medals, loaded } = useMedals(eventId);
  const live = useBoard(tradeId);

  return (
    <main className={screen ? 'page live live--screen' : 'page live'}>
      <AsyncState resource={trades}>
        {() => (
          <>
            {screen ? null : <LivePickers eventId={eventId} tradeId={tradeId} events={events.data ?? []} trades={eventTrades} />}
            {trade ? (
              <Board
                live={live}
                trade={trade}
                eventLine={event ? `${localName(event)} · ${event.venue} · ${event.date}` : ''}
                screen={screen}
                rotation={rotation}
              />
            ) : (
              <p className="notice">{t('live.pickTrade')}</p>
            )}
            <div className="live__side">
              <MedalTable medals={medals} loaded={loaded} scope={eventId ? 'event' : 'contest'} />
              <TechShare medals={medals} loaded={loaded} />
            </div>
          </>
        )}
      </AsyncState>
    </main>
  );
}

function LivePickers({
  eventId,
  tradeId,
  events,
  trades,
}: {
  eventId?: string;
  tradeId?: string;
  events: { id: string; name: string; nameEn: string }[];
  trades: TradeSummary[];
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const screenHref = `/live?screen=1${eventId ? `&event=${encodeURIComponent(eventId)}` : ''}${tradeId ? `&trade=${encodeURIComponent(tradeId)}` : ''}`;
  return (
    <div className="live__pickers">
      <SelectField
        label={t('live.event')}
        name="event"
        value={eventId ?? ''}
        placeholder={t('live.allEvents')}
        options={events.map((e) => ({ value: e.id, label: localName(e) }))}
        onChange={(e) => setQuery({ event: e.target.value || undefined, trade: undefined })}
      />
      <SelectField
        label={t('live.trade')}
        name="trade"
        value={tradeId ?? ''}
        placeholder={t('live.chooseTrade')}
        options={trades.map((tr) => ({ value: tr.id, label: `${localName(tr)}${tr.lotsDrawn ? '' : ` (${t('live.notDrawn')})`}` }))}
        onChange={(e) => setQuery({ trade: e.target.value || undefined })}
      />
      <a className="button button--ghost live__screen-link" href={screenHref}>
        {t('live.bigScreen')}
      </a>
    </div>
  );
}

function Board({
  live,
  trade,
  eventLine,
  screen,
  rotation,
}: {
  live: LiveBoard;
  trade: TradeSummary;
  eventLine: string;
  screen: boolean;
  rotation: Rotation;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const rows = live.state ? orderedRows(live.state) : [];
  const previousRanks = usePreviousRanks(rows, live.state?.version);
  return (
    <section
      className="live__board"
      aria-labelledby="board-title"
      data-version={live.state?.version ?? ''}
      data-frozen={live.state?.frozen ? 'true' : 'false'}
    >
      <div className="live__head">
        <div>
          <h1 id="board-title">{localName(trade)}</h1>
          <p className="live__event">{eventLine}</p>
        </div>
        <div className="live__status">
          <span className={`conn conn--${live.connection}`} role="status" aria-live="polite" data-connection={live.connection}>
            <i aria-hidden="true" />
            {t(`live.connection.${live.connection}`)}
          </span>
          <span>
            {t('live.version')} <b className="live__version">{live.state?.version ?? '—'}</b>
          </span>
          {screen && rotation.count > 1 ? (
            <span className="rotation">{t('live.rotation', { index: rotation.index + 1, count: rotation.count })}</span>
          ) : null}
        </div>
      </div>
      {live.state?.frozen ? (
        <div className="freeze-banner" role="status" data-testid="freeze-banner">
          <strong>{t('live.frozen.title')}</strong>
          <span>{live.state.frozenAt ? t('live.frozen.since', { time: formatTime(live.state.frozenAt) }) : t('live.frozen.text')}</span>
        </div>
      ) : null}
      {live.state?.published ? <PublicationNote tradeId={trade.id} version={live.state.version} /> : null}
      {live.error ? <p className="notice notice--error">{live.error}</p> : null}
      {live.state ? (
        <BoardTable rows={rows} changed={live.changed.numbers} changedAt={live.changed.at} previousRanks={previousRanks} />
      ) : (
        <p className="notice" role="status">
          {t('common.loading')}
        </p>
      )}
    </section>
  );
}

/** A published trade's note for everyone: published without some theory results, and why. */
function PublicationNote({ tradeId, version }: { tradeId: string; version: number }) {
  const { t } = useTranslation();
  const results = useApi<TradeResults>(`/api/trades/${seg(tradeId)}/results?v=${version}`);
  const missing = results.data?.missingTheory;
  if (!missing) return null;
  return (
    <p className="notice" role="note" data-testid="missing-theory">
      {t('publication.missingTheory', { numbers: missing.competitorNumbers.join('、'), reason: missing.reason })}
    </p>
  );
}

/** The rank each row had in the previous version of the board. */
function usePreviousRanks(
  rows: { competitorNumber: number; rank: number | null }[],
  version: number | undefined,
): ReadonlyMap<number, number | null> {
  type Ranks = Map<number, number | null>;
  const shown = useRef<{ version: number | undefined; ranks: Ranks; previous: Ranks }>({
    version: undefined,
    ranks: new Map(),
    previous: new Map(),
  });
  if (shown.current.version !== version) {
    const ranks = new Map(rows.map((r) => [r.competitorNumber, r.rank]));
    shown.current = { version, ranks, previous: shown.current.ranks };
  }
  return shown.current.previous;
}

interface Rotation {
  current: string | undefined;
  index: number;
  count: number;
}

/** The trades a big screen shows in turn: those with lots drawn, or all when none is drawn yet. */
function rotationOf(trades: TradeSummary[]): string[] {
  const drawn = trades.filter((tr) => tr.lotsDrawn);
  return (drawn.length ? drawn : trades).map((tr) => tr.id);
}

function useRotation(ids: string[], everyMs: number): Rotation {
  const [index, setIndex] = useState(0);
  const key = ids.join(',');
  useEffect(() => {
    setIndex(0);
    if (ids.length < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % ids.length), everyMs);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, everyMs]);
  return { current: ids[index % Math.max(1, ids.length)], index: index % Math.max(1, ids.length), count: ids.length };
}
