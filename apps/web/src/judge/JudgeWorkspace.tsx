import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, seg } from '../api/client';
import type { MyAspects, ScoreSheet, TradeDefinition, TradeSummary, UserProfile } from '../api/types';
import { SessionBar } from '../auth/LoginForm';
import { ErrorNotice } from '../components/AsyncState';
import { SelectField } from '../components/Field';
import { useLocalName } from '../components/catalogue';
import { formatTime, shortId } from '../format';
import { AspectCard } from './AspectCard';
import { displayOf } from './marking';
import { isUnsent, type OutboxMark } from './outbox-state';
import { OutboxList } from './OutboxList';
import { useCachedApi } from './useCachedApi';
import { useOnline, useOutbox } from './useOutbox';
import { rememberScheme, rememberTrades } from '../i18n/refusal-text';

const LAST_TRADE_KEY = 'jiangxin.judge.trade';

export function JudgeWorkspace({ user }: { user: UserProfile }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const online = useOnline();
  const { outbox, marks, waitingForLogin } = useOutbox(user.userId);
  const tradeIds = user.tradeIds ?? [];
  const [tradeId, setTradeId] = useState(() => {
    const last = localStorage.getItem(LAST_TRADE_KEY);
    return last && tradeIds.includes(last) ? last : (tradeIds[0] ?? '');
  });
  // Where the judge was (competitor, module, aspect), kept on the tablet: a reload, also offline, comes back to it.
  const [place, setPlace] = useState<Place>(() => readPlace(user.userId, tradeId));
  const { competitor, moduleId, aspectId: currentAspect } = place;
  const setCompetitor = (n: number | undefined) => setPlace((p) => ({ ...p, competitor: n, aspectId: undefined }));
  const setModuleId = (id: string | undefined) => setPlace((p) => ({ ...p, moduleId: id, aspectId: undefined }));
  const offlineSince = useOfflineSince(online);
  const cacheKey = (path: string | null) => (path ? `${user.userId}:${path}` : null);

  const tradeList = useCachedApi<TradeSummary[]>('/api/catalogue/trades');
  const tradePath = tradeId ? `/api/catalogue/trades/${seg(tradeId)}` : null;
  const trade = useCachedApi<TradeDefinition>(tradePath, cacheKey(tradePath));
  const competitorsPath = tradeId ? `/api/trades/${seg(tradeId)}/competitors` : null;
  const competitors = useCachedApi<Array<{ competitorNumber: number }>>(competitorsPath, cacheKey(competitorsPath));
  const myAspectsPath = tradeId ? `/api/trades/${seg(tradeId)}/my-aspects` : null;
  const myAspects = useCachedApi<MyAspects>(myAspectsPath, cacheKey(myAspectsPath));
  const sheetPath = tradeId && competitor !== undefined ? `/api/trades/${seg(tradeId)}/competitors/${competitor}/sheet` : null;
  const sheet = useCachedApi<ScoreSheet>(sheetPath, cacheKey(sheetPath));

  useEffect(() => {
    if (tradeId) localStorage.setItem(LAST_TRADE_KEY, tradeId);
  }, [tradeId]);
  useEffect(() => writePlace(user.userId, tradeId, place), [user.userId, tradeId, place]);

  // A mark the server confirmed changes the sheet (panel complete, blind marks revealed): read it again.
  const confirmedCount = marks.filter((m) => m.state === 'confirmed' && m.tradeId === tradeId && m.competitorNumber === competitor).length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads when a mark is confirmed, not when the sheet's loader changes
  useEffect(() => {
    if (confirmedCount > 0) sheet.reload();
  }, [confirmedCount]);

  // The outbox and the refusals name aspects as the marking form does ("A5 系统集成方案的完整性"); idempotent.
  if (trade.data) rememberScheme(trade.data.id, trade.data.scheme);
  if (tradeList.data) rememberTrades(tradeList.data);

  const mine = marks.filter((m) => m.judgeId === user.userId);
  const unsent = mine.filter(isUnsent).length;
  const othersWaiting = marks.filter((m) => m.judgeId !== user.userId && isUnsent(m)).length;
  const refused = mine.filter((m) => m.state === 'refused');

  const assigned = myAspects.data && myAspects.data.aspectIds !== 'all' ? new Set(myAspects.data.aspectIds) : undefined;
  const modules = (trade.data?.scheme.subCriteria ?? [])
    .map((m) => ({ ...m, aspects: m.aspects.filter((a) => !assigned || assigned.has(a.id)) }))
    .filter((m) => m.aspects.length > 0);
  const module = modules.find((m) => m.id === moduleId) ?? modules[0];
  const sheetAspects = new Map((sheet.data?.modules ?? []).flatMap((m) => m.aspects.map((a) => [a.aspectId, a] as const)));
  const signedOff = new Set((sheet.data?.modules ?? []).filter((m) => m.signedOff).map((m) => m.moduleId));
  const myAspectCount = modules.reduce((n, m) => n + m.aspects.length, 0);

  function doneFor(competitorNumber: number): number {
    const done = new Set(
      mine.filter((m) => m.tradeId === tradeId && m.competitorNumber === competitorNumber && m.state !== 'refused').map((m) => m.aspectId),
    );
    return done.size;
  }

  return (
    <main className="page judge">
      <section className="judge-bar" aria-label={t('judge.statusBar')}>
        <span className={online ? 'pill pill--ok sync' : 'pill pill--warn sync'} data-online={online} data-testid="sync-state">
          {online
            ? t('judge.online')
            : t('judgeTablet.offlineSince', { time: formatTime(new Date(offlineSince ?? Date.now()).toISOString()) })}
        </span>
        <span
          className={unsent ? 'pill pill--warn sync' : 'pill pill--ok sync'}
          data-testid="unsent"
          data-unsent={unsent}
          aria-live="polite"
        >
          {unsent ? t('judgeTablet.waiting', { count: unsent }) : t('judgeTablet.allSent')}
        </span>
        {refused.length ? <span className="pill pill--bad">{t('judge.refusedCount', { count: refused.length })}</span> : null}
        {waitingForLogin ? <span className="pill pill--bad">{t('judge.loginAgain')}</span> : null}
        {othersWaiting ? <span className="pill">{t('judge.othersWaiting', { count: othersWaiting })}</span> : null}
        <SessionBar name={user.displayName} role={user.role} />
      </section>

      <div className="judge-pickers">
        <SelectField
          label={t('judge.trade')}
          name="trade"
          value={tradeId}
          options={tradeIds.map((id) => ({
            value: id,
            label: localName(
              tradeList.data?.find((tr) => tr.id === id),
              id,
            ),
          }))}
          onChange={(e) => {
            setTradeId(e.target.value);
            setPlace({});
          }}
        />
        {trade.offlineCopy && trade.savedAt ? (
          <p className="note">{t('judge.offlineCopy', { time: formatTime(new Date(trade.savedAt).toISOString()) })}</p>
        ) : null}
      </div>
      {trade.error && !trade.data ? <ErrorNotice error={trade.error} /> : null}

      <div className="judge-layout">
        <nav className="competitors" aria-label={t('judge.competitors')}>
          <h2>{t('judge.competitors')}</h2>
          {competitors.error && !competitors.data ? <ErrorNotice error={competitors.error} /> : null}
          {competitors.data && competitors.data.length === 0 ? <p className="notice">{t('judge.noCompetitors')}</p> : null}
          <div className="competitors__grid">
            {(competitors.data ?? []).map(({ competitorNumber }) => {
              const done = doneFor(competitorNumber);
              return (
                <button
                  key={competitorNumber}
                  type="button"
                  className="competitor"
                  aria-pressed={competitor === competitorNumber}
                  aria-label={t('judge.competitorLabel', { n: competitorNumber, done, total: myAspectCount })}
                  data-competitor={competitorNumber}
                  onClick={() => setCompetitor(competitorNumber)}
                >
                  <span className="competitor__no">{competitorNumber}</span>
                  {done > 0 ? (
                    <span className="competitor__done">
                      {done}/{myAspectCount}
                    </span>
                  ) : null}
                </button>
              );
            })}
          </div>
        </nav>

        <section className="sheet" aria-labelledby="sheet-title">
          {competitor === undefined || !module ? (
            <p className="notice">{t('judge.pickCompetitor')}</p>
          ) : (
            <>
              <h2 id="sheet-title">{t('judge.sheetTitle', { n: competitor })}</h2>
              {sheet.error instanceof ApiError && sheet.error.routeMissing ? <p className="note">{t('judge.noSheet')}</p> : null}
              <div className="tabs" role="tablist" aria-label={t('judge.modules')}>
                {modules.map((m) => (
                  <button key={m.id} type="button" role="tab" aria-selected={m.id === module.id} onClick={() => setModuleId(m.id)}>
                    {shortId(m.id, tradeId)} · {m.name}
                    {signedOff.has(m.id) ? ` · ${t('judge.locked')}` : ''}
                  </button>
                ))}
              </div>
              <div className="aspects" role="tabpanel">
                {signedOff.has(module.id) ? <p className="notice">{t('judge.signedOff')}</p> : null}
                {module.aspects.map((aspect) => {
                  const key = { judgeId: user.userId, tradeId, competitorNumber: competitor, aspectId: aspect.id };
                  const server = sheetAspects.get(aspect.id);
                  return (
                    <AspectCard
                      key={`${competitor}-${aspect.id}`}
                      tradeId={tradeId}
                      competitorNumber={competitor}
                      aspect={aspect}
                      server={server}
                      display={displayOf(marks, key, server)}
                      locked={signedOff.has(module.id)}
                      online={online}
                      onSubmit={(mark) => outbox.add({ tradeId, competitorNumber: competitor, aspectId: aspect.id, mark }, user.userId)}
                      onRetry={(m: OutboxMark) => outbox.retry(m.commandId)}
                      onDiscard={(m: OutboxMark) => outbox.discard(m.commandId)}
                      judgeId={user.userId}
                      current={aspect.id === currentAspect}
                      onTouched={() => {
                        if (currentAspect !== aspect.id) setPlace((p) => ({ ...p, aspectId: aspect.id }));
                      }}
                    />
                  );
                })}
              </div>
            </>
          )}
        </section>
      </div>
      <OutboxList
        marks={mine.filter((m) => m.state !== 'confirmed')}
        onRetry={(m) => outbox.retry(m.commandId)}
        onDiscard={(m) => outbox.discard(m.commandId)}
      />
    </main>
  );
}

/** Where a judge was on this tablet, per trade. */
interface Place {
  competitor?: number;
  moduleId?: string;
  aspectId?: string;
}

const placeKey = (userId: string) => `jiangxin.judge.place.${userId}`;

function readPlace(userId: string, tradeId: string): Place {
  try {
    const stored = JSON.parse(localStorage.getItem(placeKey(userId)) ?? 'null') as ({ tradeId?: string } & Place) | null;
    if (!stored || stored.tradeId !== tradeId) return {};
    return {
      competitor: typeof stored.competitor === 'number' ? stored.competitor : undefined,
      moduleId: typeof stored.moduleId === 'string' ? stored.moduleId : undefined,
      aspectId: typeof stored.aspectId === 'string' ? stored.aspectId : undefined,
    };
  } catch {
    return {};
  }
}

function writePlace(userId: string, tradeId: string, place: Place): void {
  localStorage.setItem(placeKey(userId), JSON.stringify({ tradeId, ...place }));
}

const OFFLINE_SINCE_KEY = 'jiangxin.judge.offlineSince';

/** When the tablet lost the network (kept on the tablet, so an offline reload still says since when); undefined online. */
function useOfflineSince(online: boolean): number | undefined {
  const [since, setSince] = useState<number | undefined>(() =>
    online ? undefined : Number(localStorage.getItem(OFFLINE_SINCE_KEY)) || Date.now(),
  );
  useEffect(() => {
    if (online) {
      localStorage.removeItem(OFFLINE_SINCE_KEY);
      setSince(undefined);
      return;
    }
    const stored = Number(localStorage.getItem(OFFLINE_SINCE_KEY)) || Date.now();
    localStorage.setItem(OFFLINE_SINCE_KEY, String(stored));
    setSince(stored);
  }, [online]);
  return since;
}
