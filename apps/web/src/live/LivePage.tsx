import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { BoardCeremony, BoardRow, Prize, TradeResults, TradeSummary } from '../api/types';
import { LoginForm } from '../auth/LoginForm';
import { sessionWithRole, useSession } from '../auth/session';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { SelectField } from '../components/Field';
import { useEditions, useEvents, useLocalName, useTrades } from '../components/catalogue';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { formatScore, formatTime } from '../format';
import { setQuery, useLocation } from '../router';
import { badgeOf, orderedRows } from './board-state';
import { BoardTable } from './BoardTable';
import { MedalTable, TechShare } from './MedalTable';
import { useBoard, type LiveBoard } from './useBoard';

/** Big-screen mode: a trade whose board fits one page stays at least this long before the next one. */
const ROTATE_MS = 20_000;

export default function LivePage() {
  const { t } = useTranslation();
  const localName = useLocalName();
  const { query } = useLocation();
  // An earlier edition's boards stay readable; the medal table is the current edition's.
  const edition = query.get('edition') ?? undefined;
  const events = useEvents(edition);
  const trades = useTrades(edition);
  const screen = query.get('screen') === '1';
  // The organiser's ceremony console: the hall screen's view, stepped from the keyboard or a clicker.
  const ceremony = screen && query.get('ceremony') === '1';
  const eventId = query.get('event') ?? undefined;
  const chosenTrade = query.get('trade') ?? undefined;
  const pageMs = pageSecondsOf(query.get('pageSeconds')) * 1000;

  const allTrades = trades.data ?? [];
  const eventTrades = eventId ? allTrades.filter((tr) => tr.eventId === eventId) : allTrades;
  // A big screen with a trade shows that trade; without one, the (event's) trades in turn, each for all its pages.
  const rotation = useRotation(screen && !chosenTrade ? rotationOf(eventTrades) : []);
  const tradeId = screen ? (chosenTrade ?? rotation.current) : chosenTrade;
  const trade = allTrades.find((tr) => tr.id === tradeId);
  const event = events.data?.find((e) => e.id === (trade?.eventId ?? eventId));
  // The board and, on the same socket, the medal table and the tech share: over the chosen event's trades, else the contest.
  const live = useBoard(tradeId, { medalsOf: eventId ?? null, spectator: ceremony });
  const session = useSession();
  if (ceremony && !sessionWithRole(session, ['organiser'])) {
    return (
      <main className="page admin admin--login">
        <h1>{t('liveScreens.ceremony.title')}</h1>
        <LoginForm roles={['organiser']} title={t('liveScreens.ceremony.login')} />
      </main>
    );
  }

  return (
    <main className={screen ? 'page live live--screen' : 'page live'}>
      <AsyncState resource={trades}>
        {() => (
          <>
            {screen ? null : (
              <LivePickers edition={edition} eventId={eventId} tradeId={tradeId} events={events.data ?? []} trades={eventTrades} />
            )}
            {trade ? (
              <Board
                live={live}
                trade={trade}
                eventLine={event ? `${localName(event)} · ${event.venue} · ${event.date}` : ''}
                screen={screen}
                ceremony={ceremony}
                pageMs={pageMs}
                rotation={rotation}
              />
            ) : (
              <p className="notice">{t('live.pickTrade')}</p>
            )}
            {edition ? null : (
              <div className="live__side">
                <MedalTable
                  medals={live.medals}
                  loaded={live.medalsLoaded}
                  scope={eventId ? 'event' : 'contest'}
                  version={tradeId ? live.medals?.versions?.[`trade:${tradeId}`] : undefined}
                />
                <TechShare medals={live.medals} loaded={live.medalsLoaded} />
              </div>
            )}
          </>
        )}
      </AsyncState>
    </main>
  );
}

/** How long a page of the big screen stays: `?pageSeconds=` (3–120), else 10 s. */
function pageSecondsOf(value: string | null): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(120, Math.max(3, seconds)) : 10;
}

function LivePickers({
  edition,
  eventId,
  tradeId,
  events,
  trades,
}: {
  edition?: string;
  eventId?: string;
  tradeId?: string;
  events: { id: string; name: string; nameEn: string }[];
  trades: TradeSummary[];
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const editions = useEditions().data ?? [];
  const screenHref = `/live?screen=1${edition ? `&edition=${encodeURIComponent(edition)}` : ''}${eventId ? `&event=${encodeURIComponent(eventId)}` : ''}${tradeId ? `&trade=${encodeURIComponent(tradeId)}` : ''}`;
  return (
    <div className="live__pickers">
      {editions.length > 1 ? (
        <SelectField
          label={t('live.edition')}
          name="edition"
          value={edition ?? ''}
          placeholder={t('live.currentEdition')}
          options={editions.filter((e) => !e.current).map((e) => ({ value: e.contestId, label: `${e.name} (${e.year})` }))}
          onChange={(e) => setQuery({ edition: e.target.value || undefined, event: undefined, trade: undefined })}
        />
      ) : null}
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
  ceremony,
  pageMs,
  rotation,
}: {
  live: LiveBoard;
  trade: TradeSummary;
  eventLine: string;
  screen: boolean;
  ceremony: boolean;
  pageMs: number;
  rotation: Rotation;
}) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const rows = live.state ? orderedRows(live.state) : [];
  const previousRanks = usePreviousRanks(rows, live.state?.version);
  const published = live.state?.published ?? false;
  // Official or final: the server's rule (publicity over, no appeal pending), asked again at each version.
  const results = useApi<TradeResults>(published ? `/api/trades/${seg(trade.id)}/results?v=${live.state?.version ?? 0}` : null);
  const running = live.state?.ceremony ?? null;
  const container = useRef<HTMLElement>(null);
  const perPage = usePerPage(container, screen);
  const revealedIndex = running?.revealed == null ? -1 : rows.findIndex((r) => r.competitorNumber === running.revealed);
  const paging = usePaging({
    rows: rows.length,
    perPage: screen ? perPage : 0,
    enabled: screen,
    everyMs: pageMs,
    // During the ceremony the page is the one of the row just revealed; pages do not turn by themselves.
    hold: running ? Math.max(0, revealedIndex) : undefined,
    onCycle: rotation.next,
  });
  const shown = paging.pages > 1 ? rows.slice(paging.page * paging.perPage, (paging.page + 1) * paging.perPage) : rows;
  const badge = live.state ? badgeOf(live.state, results.data?.status) : 'live';
  const revealedRow = running?.revealed == null ? undefined : live.state?.rows.get(running.revealed);
  return (
    <section
      ref={container}
      className="live__board"
      aria-labelledby="board-title"
      data-version={live.state?.version ?? ''}
      data-frozen={live.state?.frozen ? 'true' : 'false'}
      data-ceremony-step={running ? running.step : undefined}
      data-revealed={running?.revealed ?? undefined}
    >
      <div className="live__head">
        <div>
          <h1 id="board-title">{localName(trade)}</h1>
          <p className="live__event">{eventLine}</p>
        </div>
        <div className="live__status">
          {live.state ? (
            <span className={`badge-state badge-state--${badge}`} data-testid="board-badge" data-state={badge}>
              {t(`liveScreens.badge.${badge}`)}
            </span>
          ) : null}
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
      {live.state?.frozen && !running ? (
        <div className="freeze-banner" role="status" data-testid="freeze-banner">
          <strong>{t('live.frozen.title')}</strong>
          <span>{live.state.frozenAt ? t('live.frozen.since', { time: formatTime(live.state.frozenAt) }) : t('live.frozen.text')}</span>
        </div>
      ) : null}
      {running ? (
        <div className="freeze-banner ceremony-banner" role="status" data-testid="ceremony-banner">
          <strong>{t('liveScreens.ceremony.title')}</strong>
          <span data-testid="ceremony-progress">{t('liveScreens.ceremony.progress', { step: running.step, total: running.total })}</span>
        </div>
      ) : null}
      {revealedRow?.prize ? <Announcement row={{ ...revealedRow, prize: revealedRow.prize }} key={revealedRow.competitorNumber} /> : null}
      {published && results.data?.missingTheory ? (
        <p className="notice" role="note" data-testid="missing-theory">
          {t('publication.missingTheory', {
            numbers: results.data.missingTheory.competitorNumbers.join('、'),
            reason: results.data.missingTheory.reason,
          })}
        </p>
      ) : null}
      {live.error ? <p className="notice notice--error">{live.error}</p> : null}
      {live.state ? (
        <BoardTable
          rows={shown}
          changed={live.changed.numbers}
          changedAt={live.changed.at}
          previousRanks={previousRanks}
          revealed={running?.revealed ?? null}
          screen={screen}
        />
      ) : (
        <p className="notice" role="status">
          {t('common.loading')}
        </p>
      )}
      {screen && paging.pages > 1 ? (
        <p className="pager" data-testid="pager" data-page={paging.page + 1} data-pages={paging.pages}>
          <span>
            {t('liveScreens.page', {
              page: paging.page + 1,
              pages: paging.pages,
              from: paging.page * paging.perPage + 1,
              to: paging.page * paging.perPage + shown.length,
              count: rows.length,
            })}
          </span>
          <span className="pager__dots" aria-hidden="true">
            {Array.from({ length: paging.pages }, (_, i) => i).map((n) => (
              <i key={n} className={n === paging.page ? 'pager__dot pager__dot--on' : 'pager__dot'} />
            ))}
          </span>
        </p>
      ) : null}
      {ceremony ? <CeremonyControls tradeId={trade.id} ceremony={running} frozen={live.state?.frozen ?? false} /> : null}
    </section>
  );
}

/** A prize winner, announced at the ceremony step that revealed them: prize, name, city and employer. */
function Announcement({ row }: { row: BoardRow & { prize: Prize } }) {
  const { t } = useTranslation();
  return (
    <div
      className={`announcement announcement--${row.prize}`}
      role="status"
      aria-live="assertive"
      data-testid="announcement"
      data-no={row.competitorNumber}
    >
      <span className={`prize prize--${row.prize}`}>{t(`prize.${row.prize}`)}</span>
      <strong className="announcement__name">{row.name}</strong>
      <span className="announcement__meta">
        {row.cityName} · {row.employer}
      </span>
      <span className="announcement__score">{formatScore(row.total)}</span>
    </div>
  );
}

/**
 * The organiser's steps: Space, →, ↓, PageDown or Enter (a presentation clicker sends PageDown or →)
 * reveals the next result; once all are revealed, the next step reveals the board (the final board).
 */
function CeremonyControls({ tradeId, ceremony, frozen }: { tradeId: string; ceremony: BoardCeremony | null; frozen: boolean }) {
  const { t } = useTranslation();
  const command = useCommand();
  const done = ceremony !== null && ceremony.step >= ceremony.total;
  const step = useRef<() => void>(() => undefined);
  step.current = () => {
    if (command.busy || !frozen) return;
    void command.run(`/api/trades/${seg(tradeId)}/${done ? 'reveal' : 'ceremony/step'}`);
  };
  // Listening from the commit on (a layout effect): a key pressed as soon as the controls show is not lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (STEP_KEYS.has(e.key)) {
        e.preventDefault();
        step.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="ceremony-controls" data-testid="ceremony-controls">
      {frozen ? (
        <button
          type="button"
          className="button button--primary"
          data-action="ceremony-step"
          disabled={command.busy}
          onClick={() => step.current()}
        >
          {t(done ? 'liveScreens.ceremony.finish' : 'liveScreens.ceremony.next')}
        </button>
      ) : (
        <span data-testid="ceremony-ended">{t('liveScreens.ceremony.ended')}</span>
      )}
      <span className="muted">{t('liveScreens.ceremony.keys')}</span>
      {command.error ? <ErrorNotice error={command.error} /> : null}
    </div>
  );
}

const STEP_KEYS = new Set([' ', 'ArrowRight', 'ArrowDown', 'PageDown', 'Enter']);

/**
 * How many rows fit between the table's first row and the bottom of the window (0: not measured, all rows).
 * Rows may differ by a pixel or two (a rank badge, a pending row): the count only shrinks, except when the
 * window is resized, so that paging never oscillates between two counts.
 */
function usePerPage(container: RefObject<HTMLElement | null>, enabled: boolean): number {
  const [perPage, setPerPage] = useState(0);
  const resized = useRef(false);
  const measure = useRef<() => void>(() => undefined);
  measure.current = () => {
    const body = container.current?.querySelector('tbody');
    const rows = body ? Array.from(body.querySelectorAll('tr')) : [];
    if (!enabled || !body || rows.length === 0) return;
    const rowHeight = Math.max(...rows.map((row) => row.getBoundingClientRect().height));
    const reserve = (container.current?.querySelector('.pager')?.getBoundingClientRect().height ?? 48) + 24;
    const room = window.innerHeight - body.getBoundingClientRect().top - reserve;
    const fits = Math.max(3, Math.floor(room / rowHeight));
    const grow = resized.current;
    resized.current = false;
    setPerPage((before) => (before === 0 || grow || fits < before ? fits : before));
  };
  useLayoutEffect(() => measure.current());
  useEffect(() => {
    const onResize = () => {
      resized.current = true;
      measure.current();
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return perPage;
}

/**
 * Pages of a big screen: each stays `everyMs`, then the next; after the last, `onCycle` (the next trade).
 * `hold`: the page of this row index, held (the ceremony).
 */
function usePaging({
  rows,
  perPage,
  enabled,
  everyMs,
  hold,
  onCycle,
}: {
  rows: number;
  perPage: number;
  enabled: boolean;
  everyMs: number;
  hold: number | undefined;
  onCycle: () => void;
}) {
  const pages = perPage > 0 ? Math.max(1, Math.ceil(rows / perPage)) : 1;
  const [turned, setTurned] = useState(0);
  const page = hold !== undefined && perPage > 0 ? Math.min(pages - 1, Math.floor(hold / perPage)) : Math.min(turned, pages - 1);
  const cycle = useRef(onCycle);
  cycle.current = onCycle;
  useEffect(() => {
    if (!enabled || hold !== undefined) return;
    const timer = setTimeout(() => {
      if (page + 1 < pages) setTurned(page + 1);
      else {
        setTurned(0);
        cycle.current();
      }
    }, everyMs);
    return () => clearTimeout(timer);
  }, [page, pages, enabled, everyMs, hold]);
  return { page, pages, perPage };
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
  /** The next trade (after the current one's last page). */
  next: () => void;
}

/** The trades a big screen shows in turn: those with lots drawn, or all when none is drawn yet. */
function rotationOf(trades: TradeSummary[]): string[] {
  const drawn = trades.filter((tr) => tr.lotsDrawn);
  return (drawn.length ? drawn : trades).map((tr) => tr.id);
}

/** One trade after the other; each stays until its board has shown all its pages (`next`), at least ROTATE_MS. */
function useRotation(ids: string[]): Rotation {
  const [state, setState] = useState({ key: '', index: 0, since: Date.now() });
  const key = ids.join(',');
  const count = ids.length;
  const index = state.key === key ? state.index : 0;
  const next = useCallback(() => {
    setState((s) => {
      const current = s.key === key ? s.index : 0;
      // A trade whose board fits one page stays at least ROTATE_MS.
      if (Date.now() - s.since < ROTATE_MS && s.key === key) return s;
      return { key, index: count ? (current + 1) % count : 0, since: Date.now() };
    });
  }, [key, count]);
  return { current: ids[index % Math.max(1, ids.length)], index: index % Math.max(1, ids.length), count: ids.length, next };
}
