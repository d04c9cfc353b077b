import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v4 as uuid } from 'uuid';
import { api, ApiError, seg } from '../api/client';
import type { Aspect, AspectLease, SheetAspect } from '../api/types';
import { shortId } from '../format';
import { canMark, measurementProblem, refusalKind, type AspectDisplay } from './marking';
import type { OutboxMark } from './outbox-state';
import { releaseByBeacon } from './lease-beacon';
import { CorrectionRequest } from './CorrectionRequest';
import { refusalText } from '../i18n/refusal-text';

interface AspectCardProps {
  tradeId: string;
  competitorNumber: number;
  aspect: Aspect;
  server: SheetAspect | undefined;
  display: AspectDisplay;
  /** The module is signed off: no mark any more. */
  locked: boolean;
  online: boolean;
  onSubmit: (mark: number) => Promise<unknown>;
  onRetry: (mark: OutboxMark) => void;
  onDiscard: (mark: OutboxMark) => void;
  /** The judge whose tablet this is (a correction is of their own mark). */
  judgeId: string;
  /** The aspect the judge last worked on (restored after a reload). */
  current?: boolean;
  onTouched?: () => void;
}

/**
 * One aspect: its description, the level descriptors beside the 0–3 buttons (judgement) or the
 * measured mark (measurement), and where the judge's mark stands. Not marked looks different from 0.
 */
export function AspectCard({
  tradeId,
  competitorNumber,
  aspect,
  server,
  display,
  locked,
  online,
  onSubmit,
  onRetry,
  onDiscard,
  judgeId,
  current,
  onTouched,
}: AspectCardProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<number>();
  const [measured, setMeasured] = useState('');
  const [saving, setSaving] = useState(false);
  const lease = useLease(tradeId, competitorNumber, aspect.id, online);
  const open = canMark(display, server) && !locked;
  const problem = aspect.type === 'measurement' ? measurementProblem(measured, aspect) : choice === undefined ? 'required' : undefined;

  async function submit() {
    const mark = aspect.type === 'judgement' ? choice : Number(measured);
    if (mark === undefined || problem) return;
    setSaving(true);
    try {
      await onSubmit(mark);
      lease.submitted();
      setChoice(undefined);
      setMeasured('');
    } finally {
      setSaving(false);
    }
  }

  const stateName = display.kind === 'mine' ? display.state : display.kind === 'server' ? 'confirmed' : display.kind;
  const given =
    display.kind === 'server' ? display.mark : display.kind === 'mine' && display.state === 'confirmed' ? display.mark : undefined;
  const article = useRef<HTMLElement>(null);
  // After a reload the aspect the judge was on is brought back into view (once: touching another does not scroll).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on mount only
  useEffect(() => {
    if (current) article.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <article
      ref={article}
      className={`aspect aspect--${stateName}${current ? ' aspect--current' : ''}`}
      data-aspect={aspect.id}
      data-state={stateName}
      data-current={current ? 'true' : undefined}
      aria-labelledby={`aspect-${aspect.id}`}
      onPointerDownCapture={onTouched}
      onFocusCapture={onTouched}
    >
      <header className="aspect__head">
        <h3 id={`aspect-${aspect.id}`}>
          <span className="aspect__id">{shortId(aspect.id, tradeId)}</span> {aspect.description}
        </h3>
        <span className="aspect__meta">
          {t(`judge.aspectType.${aspect.type}`)} · {t('judge.maxMark', { max: aspect.maxMark })}
        </span>
      </header>

      <MarkState display={display} onRetry={onRetry} onDiscard={onDiscard} />
      {server && server.status !== 'unmarked' && display.kind !== 'panel' ? <PanelState server={server} /> : null}
      {lease.refusal ? (
        <p className="notice notice--error" role="alert">
          {t('judge.lockedElsewhere', { message: lease.refusal })}
        </p>
      ) : null}

      {given !== undefined && !locked && server?.status !== 'remark_requested' ? (
        <CorrectionRequest
          tradeId={tradeId}
          competitorNumber={competitorNumber}
          aspect={aspect}
          judgeId={judgeId}
          current={given}
          online={online}
        />
      ) : null}
      {open ? (
        <div className="aspect__entry" onFocusCapture={lease.open} onPointerDown={lease.open}>
          {aspect.type === 'judgement' ? (
            <div className="levels" role="radiogroup" aria-label={t('judge.levels')}>
              {[0, 1, 2, 3].map((level) => (
                <label key={level} className={choice === level ? 'level level--chosen' : 'level'}>
                  <input
                    type="radio"
                    name={`level-${aspect.id}`}
                    value={level}
                    checked={choice === level}
                    onChange={() => setChoice(level)}
                  />
                  <span className="level__value">{level}</span>
                  <span className="level__text">{aspect.descriptors?.[level] ?? ''}</span>
                </label>
              ))}
            </div>
          ) : (
            <div className="measure">
              <label className="measure__label" htmlFor={`measure-${aspect.id}`}>
                {t('judge.measuredMark', { max: aspect.maxMark })}
              </label>
              <div className="measure__row">
                <input
                  id={`measure-${aspect.id}`}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={aspect.maxMark}
                  step={0.01}
                  value={measured}
                  aria-invalid={measured !== '' && problem !== undefined}
                  onChange={(e) => setMeasured(e.target.value)}
                />
                <button type="button" className="button" onClick={() => setMeasured(String(aspect.maxMark))}>
                  {t('judge.fullMark')}
                </button>
                <button type="button" className="button" onClick={() => setMeasured('0')}>
                  0
                </button>
              </div>
              {measured !== '' && problem ? (
                <p className="field__error">{t(`judge.measureProblem.${problem}`, { max: aspect.maxMark })}</p>
              ) : null}
            </div>
          )}
          <button
            type="button"
            className="button button--primary button--big aspect__submit"
            disabled={problem !== undefined || saving}
            onClick={submit}
          >
            {t('judge.submitMark')}
          </button>
        </div>
      ) : null}
    </article>
  );
}

function MarkState({
  display,
  onRetry,
  onDiscard,
}: {
  display: AspectDisplay;
  onRetry: (m: OutboxMark) => void;
  onDiscard: (m: OutboxMark) => void;
}) {
  const { t } = useTranslation();
  if (display.kind === 'unmarked') {
    return (
      <p className="mark mark--none">
        <span className="mark__value" aria-hidden="true">
          —
        </span>
        <span className="mark__state">{t('judge.state.unmarked')}</span>
      </p>
    );
  }
  if (display.kind === 'panel') {
    return (
      <p className="mark mark--panel">
        <span className="mark__value">{display.mark ?? '—'}</span>
        <span className="mark__state">{t('judge.state.byPanel')}</span>
      </p>
    );
  }
  if (display.kind === 'server') {
    return (
      <p className="mark mark--confirmed">
        <span className="mark__value">{display.mark}</span>
        <span className="mark__state">{t('judge.state.onServer')}</span>
      </p>
    );
  }
  const { entry } = display;
  return (
    <div className={`mark mark--${display.state}`} data-command-id={entry.commandId}>
      <span className="mark__value">{display.mark}</span>
      <span className="mark__state" data-mark-state={display.state}>
        {t(`judge.state.${display.state}`)}
        {display.state === 'saved' && entry.lastFailure
          ? ` · ${entry.lastFailure === 'lease' ? t('judgeTablet.failureLease') : t(`judge.failure.${entry.lastFailure}`)}`
          : ''}
      </span>
      {display.state === 'refused' && entry.refusal ? (
        <div className="mark__refusal" role="alert">
          <strong>{t(`judge.refusal.${refusalKind(entry.refusal.status)}`)}</strong>{' '}
          {refusalText(t, entry.refusal) || entry.refusal.message}
          <div className="mark__actions">
            <button type="button" className="button" onClick={() => onRetry(entry)}>
              {t('judge.sendAgain')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => onDiscard(entry)}>
              {t('judge.discard')}
            </button>
          </div>
        </div>
      ) : null}
      {display.state === 'confirmed' ? <span className="mark__note">{t('judge.changeNeedsCorrection')}</span> : null}
    </div>
  );
}

/** What the panel has done with the aspect (blind: other judges' marks only once everyone has marked). */
function PanelState({ server }: { server: SheetAspect }) {
  const { t } = useTranslation();
  return (
    <p className={`panel-state panel-state--${server.status}`}>
      {t(`judge.panel.${server.status}`, { mark: server.mark ?? '', round: server.round })}
    </p>
  );
}

/**
 * One device per aspect: the first touch of an aspect opens it on this tablet (POST …/aspects/open);
 * another tablet holding it is said in words. Leaving without a mark releases it. Offline, nothing is asked.
 * Each request carries its own commandId: a retry of the same request writes nothing new.
 */
function useLease(tradeId: string, competitorNumber: number, aspectId: string, online: boolean) {
  const [refusal, setRefusal] = useState<string>();
  const state = useRef<'closed' | 'opening' | 'open' | 'done'>('closed');
  const body = { competitorNumber, aspectId };
  const base = `/api/trades/${seg(tradeId)}/aspects`;

  const open = () => {
    if (state.current !== 'closed' || !online) return;
    state.current = 'opening';
    api.post<AspectLease>(`${base}/open`, { ...body, commandId: uuid() }).then(
      () => {
        state.current = 'open';
        setRefusal(undefined);
      },
      (error: unknown) => {
        state.current = 'closed';
        if (error instanceof ApiError && error.status === 409) setRefusal(error.text);
      },
    );
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on unmount: lets go of the aspect this card opened
  useEffect(
    () => () => {
      if (state.current === 'open') void api.post(`${base}/release`, { ...body, commandId: uuid() }).catch(() => undefined);
    },
    [],
  );

  // The page hides or closes (tab closed, app switched, tablet asleep): a beacon lets the aspect go, so the
  // judge's other tablet is not refused. The next touch here opens it again.
  useEffect(() => {
    const leave = () => {
      if (state.current !== 'open') return;
      state.current = 'closed';
      releaseByBeacon(tradeId, competitorNumber, aspectId);
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [tradeId, competitorNumber, aspectId]);

  return {
    open,
    refusal,
    /** The mark was given: submitting releases the lease on the server. */
    submitted: () => {
      state.current = 'done';
    },
  };
}
