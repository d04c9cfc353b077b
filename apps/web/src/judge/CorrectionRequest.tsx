import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { Aspect } from '../api/types';
import { ErrorNotice } from '../components/AsyncState';
import { useCommand } from '../components/useCommand';
import { measurementProblem } from './marking';

/**
 * A submitted mark changes only with a reason and the chief judge's approval: the judge asks for it
 * here, on the tablet (POST /api/trades/:tradeId/corrections), and the chief judge sees it among the
 * trade's corrections. Needs the network: a correction is a request, not a mark to queue.
 */
export function CorrectionRequest({
  tradeId,
  competitorNumber,
  aspect,
  judgeId,
  current,
  online,
}: {
  tradeId: string;
  competitorNumber: number;
  aspect: Aspect;
  judgeId: string;
  current: number;
  online: boolean;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const request = useCommand<{ correctionId: string }>();
  const id = `correction-${aspect.id}`;

  if (request.done) {
    return (
      <p className="note correction-requested" data-correction-requested={request.done.correctionId} role="status">
        {t('judgeTablet.correction.requested', { from: current, to: Number(value) })}
      </p>
    );
  }
  if (!opened) {
    return (
      <button type="button" className="button" disabled={!online} onClick={() => setOpened(true)} data-request-correction={aspect.id}>
        {online ? t('judgeTablet.correction.open') : t('judgeTablet.correction.needsNetwork')}
      </button>
    );
  }

  const problem =
    aspect.type === 'judgement'
      ? ['0', '1', '2', '3'].includes(value.trim())
        ? undefined
        : 'range'
      : measurementProblem(value, { ...aspect });
  const same = problem === undefined && Number(value) === current;
  const ready = problem === undefined && !same && reason.trim() !== '';
  return (
    <form
      className="correction-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        void request.run(`/api/trades/${seg(tradeId)}/corrections`, {
          competitorNumber,
          aspectId: aspect.id,
          judgeId,
          mark: Number(value),
          reason: reason.trim(),
        });
      }}
    >
      <h4 id={`${id}-title`}>{t('judgeTablet.correction.title', { mark: current })}</h4>
      <label className="field">
        <span className="field__label">
          {aspect.type === 'judgement'
            ? t('judgeTablet.correction.newLevel')
            : t('judgeTablet.correction.newMark', { max: aspect.maxMark })}
        </span>
        <input
          name={`${id}-mark`}
          type="number"
          inputMode="decimal"
          min={0}
          max={aspect.type === 'judgement' ? 3 : aspect.maxMark}
          step={aspect.type === 'judgement' ? 1 : 0.01}
          value={value}
          aria-invalid={value !== '' && (problem !== undefined || same)}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      {same ? <p className="field__error">{t('judgeTablet.correction.same')}</p> : null}
      <label className="field">
        <span className="field__label">{t('judgeTablet.correction.reason')}</span>
        <textarea name={`${id}-reason`} rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={!ready || request.busy || !online}>
          {t('judgeTablet.correction.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpened(false)}>
          {t('judgeTablet.correction.cancel')}
        </button>
      </div>
      {request.error ? <ErrorNotice error={request.error} /> : null}
    </form>
  );
}
