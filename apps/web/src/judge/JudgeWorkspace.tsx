import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, seg } from '../api/client';
import type { ScoreSheet, TradeDefinition, TradeSummary, UserProfile } from '../api/types';
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
  const [competitor, setCompetitor] = useState<number>();
  const [moduleId, setModuleId] = useState<string>();
  const cacheKey = (path: string | null) => (path ? `${user.userId}:${path}` : null);

  const tradeList = useCachedApi<TradeSummary[]>('/api/catalogue/trades');
  const tradePath = tradeId ? `/api/catalogue/trades/${seg(tradeId)}` : null;
  const trade = useCachedApi<TradeDefinition>(tradePath, cacheKey(tradePath));
  const competitorsPath = tradeId ? `/api/trades/${seg(tradeId)}/competitors` : null;
  const competitors = useCachedApi<Array<{ competitorNumber: number }>>(competitorsPath, cacheKey(competitorsPath));
  const myAspectsPath = tradeId ? `/api/trades/${seg(tradeId)}/my-aspects` : null;
  const myAspects = useCachedApi<{ aspectIds: string[] | 'all' }>(myAspectsPath, cacheKey(myAspectsPath));
  const sheetPath = tradeId && competitor !== undefined ? `/api/trades/${seg(tradeId)}/competitors/${competitor}/sheet` : null;
  const sheet = useCachedApi<ScoreSheet>(sheetPath, cacheKey(sheetPath));

  useEffect(() => {
    if (tradeId) localStorage.setItem(LAST_TRADE_KEY, tradeId);
  }, [tradeId]);

  // A mark the server confirmed changes the sheet (panel complete, blind marks revealed): read it again.
  const confirmedCount = marks.filter((m) => m.state === 'confirmed' && m.tradeId === tradeId && m.competitorNumber === competitor).length;
  useEffect(() => {
    if (confirmedCount > 0) sheet.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
      <div className="judge-bar" role="region" aria-label={t('judge.statusBar')}>
        <span className={online ? 'pill pill--ok' : 'pill pill--warn'} data-online={online}>
          {online ? t('judge.online') : t('judge.offline')}
        </span>
        <span className={unsent ? 'pill pill--warn' : 'pill'} data-testid="unsent" data-unsent={unsent} aria-live="polite">
          {unsent ? t('judge.unsent', { count: unsent }) : t('judge.allSent')}
        </span>
        {refused.length ? <span className="pill pill--bad">{t('judge.refusedCount', { count: refused.length })}</span> : null}
        {waitingForLogin ? <span className="pill pill--bad">{t('judge.loginAgain')}</span> : null}
        {othersWaiting ? <span className="pill">{t('judge.othersWaiting', { count: othersWaiting })}</span> : null}
        <SessionBar name={user.displayName} role={user.role} />
      </div>

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
            setCompetitor(undefined);
            setModuleId(undefined);
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
