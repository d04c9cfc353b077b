import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { PublicDraw, TradeSummary } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField } from '../components/Field';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { formatDateTime } from '../format';
import { drawCommitment, verifyDraw } from '../shared/domain';
import { randomSeed, SeedCard } from './SeedCard';

/** The seed stays on the organiser's computer between the commitment and the draw. */
const seedKey = (tradeId: string) => `jiangxin.draw-seed.${tradeId}`;

/** Lots (抽签): publish the commitment to a seed, then draw with it; the published draw re-checked in the browser. Check-in of the contest day. */
export function LotsSection({ trade, onDrawn }: { trade: TradeSummary; onDrawn: () => void }) {
  const { t } = useTranslation();
  const draw = useApi<PublicDraw>(`/api/trades/${seg(trade.id)}/draw`);
  const [seed, setSeed] = useState(() => localStorage.getItem(seedKey(trade.id)) ?? '');
  const commit = useCommand(() => draw.reload());
  const drawLots = useCommand(() => {
    localStorage.removeItem(seedKey(trade.id));
    draw.reload();
    onDrawn();
  });

  // A new commitment (first, or a replacement for a lost seed) goes through the seed card: shown once, saved first.
  const [card, setCard] = useState<{ seed: string; replacing: boolean }>();
  const [reason, setReason] = useState('');
  const replace = useCommand(() => {
    setCard(undefined);
    setReason('');
    draw.reload();
  });

  function newSeed() {
    setSeed(randomSeed());
  }

  async function publish(cardSeed: string, replacing: boolean) {
    localStorage.setItem(seedKey(trade.id), cardSeed);
    setSeed(cardSeed);
    const commitment = drawCommitment(cardSeed);
    if (replacing) await replace.run(`/api/trades/${seg(trade.id)}/draw/commitment/replacement`, { commitment, reason: reason.trim() });
    else {
      await commit.run(`/api/trades/${seg(trade.id)}/draw/commitment`, { commitment });
      setCard(undefined);
    }
  }

  function onCommit(e: FormEvent) {
    e.preventDefault();
    // The commitment is published from the seed card, once the card is saved.
    if (seed) setCard({ seed, replacing: false });
  }

  return (
    <section className="admin-section" aria-labelledby="lots-title">
      <h2 id="lots-title">{t('admin.section.lots')}</h2>
      <AsyncState resource={draw}>
        {(published) => {
          const check =
            published.seed && published.commitment
              ? verifyDraw(
                  {
                    commitment: published.commitment,
                    seed: published.seed,
                    confirmedEntryIds: published.confirmedEntryIds,
                    assignments: published.assignments,
                  },
                  published.workstations ?? undefined,
                )
              : undefined;
          return (
            <>
              <dl className="facts">
                <dt>{t('admin.lots.commitment')}</dt>
                <dd className="mono">{published.commitment ?? '—'}</dd>
                {(published.replacedCommitments ?? []).map((r) => (
                  <ReplacedFact key={r.commitment} replaced={r} />
                ))}
                <dt>{t('admin.lots.seed')}</dt>
                <dd className="mono">{published.seed ?? t('admin.lots.secret')}</dd>
                <dt>{t('admin.lots.drawnAt')}</dt>
                <dd>{published.drawnAt ? formatDateTime(published.drawnAt) : '—'}</dd>
                <dt>{t('admin.lots.assignments')}</dt>
                <dd>{published.assignments.length}</dd>
                {check ? (
                  <>
                    <dt>{t('admin.lots.verified')}</dt>
                    <dd className={check.ok ? 'ok' : 'bad'} data-verified={check.ok}>
                      {check.ok ? t('admin.lots.verifiedOk') : t('admin.lots.verifiedBad', { difference: check.difference })}
                    </dd>
                  </>
                ) : null}
              </dl>
              {!published.seed ? (
                <form className="form form--inline" onSubmit={onCommit}>
                  <InputField
                    label={t('admin.lots.seedInput')}
                    name="seed"
                    value={seed}
                    onChange={(e) => setSeed(e.target.value)}
                    hint={t('admin.lots.seedHint')}
                    required
                  />
                  <button type="button" className="button" onClick={newSeed}>
                    {t('admin.lots.newSeed')}
                  </button>
                  {!published.commitment ? (
                    <button type="submit" className="button button--primary" disabled={!seed || commit.busy}>
                      {t('admin.lots.commit')}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary"
                      disabled={!seed || drawLots.busy}
                      onClick={() => drawLots.run(`/api/trades/${seg(trade.id)}/draw`, { seed })}
                    >
                      {t('admin.lots.draw')}
                    </button>
                  )}
                </form>
              ) : null}
              {card && !published.seed ? (
                <SeedCard tradeId={trade.id} tradeLabel={trade.name} seed={card.seed}>
                  {(saved) => (
                    <div className="form">
                      {card.replacing ? (
                        <InputField
                          label={t('drawSeed.reason')}
                          name="replace-reason"
                          value={reason}
                          onChange={(e) => setReason(e.target.value)}
                          maxLength={500}
                        />
                      ) : null}
                      <button
                        type="button"
                        className="button button--primary"
                        data-seed-publish
                        disabled={!saved || commit.busy || replace.busy || (card.replacing && !reason.trim())}
                        onClick={() => void publish(card.seed, card.replacing)}
                      >
                        {card.replacing ? t('drawSeed.replaceSubmit') : t('admin.lots.commit')}
                      </button>
                      {!saved ? <p className="note">{t('drawSeed.saveFirst')}</p> : null}
                    </div>
                  )}
                </SeedCard>
              ) : null}
              {published.commitment && !published.seed && !card ? (
                <details className="card">
                  <summary>{t('drawSeed.lost')}</summary>
                  <p className="note">{t('drawSeed.lostHint')}</p>
                  <button
                    type="button"
                    className="button"
                    data-seed-replace
                    onClick={() => setCard({ seed: randomSeed(), replacing: true })}
                  >
                    {t('drawSeed.replace')}
                  </button>
                </details>
              ) : null}
              {replace.error ? <ErrorNotice error={replace.error} /> : null}
              {commit.error ? <ErrorNotice error={commit.error} /> : null}
              {drawLots.error ? <ErrorNotice error={drawLots.error} /> : null}
              {published.seed ? (
                <CheckIn tradeId={trade.id} numbers={published.assignments.map((a) => a.competitorNumber).sort((a, b) => a - b)} />
              ) : null}
            </>
          );
        }}
      </AsyncState>
    </section>
  );
}

function CheckIn({ tradeId, numbers }: { tradeId: string; numbers: number[] }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [checked, setChecked] = useState<number[]>([]);
  const checkIn = useCommand(() => setChecked((c) => [...c, Number(number)]));
  const close = useCommand();
  return (
    <div className="card">
      <h3>{t('admin.lots.checkIn')}</h3>
      <form
        className="form form--inline"
        onSubmit={(e) => {
          e.preventDefault();
          void checkIn.run(`/api/trades/${seg(tradeId)}/check-ins`, { competitorNumber: Number(number) });
        }}
      >
        <InputField
          label={t('admin.lots.competitorNumber')}
          name="checkin-number"
          type="number"
          inputMode="numeric"
          min={1}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          list="drawn-numbers"
        />
        <datalist id="drawn-numbers">
          {numbers.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="submit" className="button button--primary" disabled={!number || checkIn.busy}>
          {t('admin.lots.checkInSubmit')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={close.busy}
          onClick={() => close.run(`/api/trades/${seg(tradeId)}/check-in/close`)}
        >
          {t('admin.lots.closeCheckIn')}
        </button>
      </form>
      {checked.length ? <p className="note">{t('admin.lots.checkedIn', { numbers: checked.join(', ') })}</p> : null}
      {checkIn.error ? <ErrorNotice error={checkIn.error} /> : null}
      {close.error ? <ErrorNotice error={close.error} /> : null}
      {close.done ? <p className="notice">{t('admin.lots.checkInClosed')}</p> : null}
    </div>
  );
}

/** A commitment replaced before the draw (a lost seed): public, with when and why. */
function ReplacedFact({ replaced }: { replaced: NonNullable<PublicDraw['replacedCommitments']>[number] }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('drawSeed.replacedCommitment')}</dt>
      <dd className="mono" data-replaced-commitment={replaced.commitment}>
        {replaced.commitment}{' '}
        <span className="muted">{t('drawSeed.replacedAt', { time: formatDateTime(replaced.replacedAt), reason: replaced.reason })}</span>
      </dd>
    </>
  );
}
