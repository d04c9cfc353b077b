import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, seg } from '../api/client';
import type { Correction, PanelMember, Preview, TradeDefinition, TradeSummary, UserProfile } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { shortId } from '../format';
import { ReasonForm } from './EntriesSection';
import { PreviewTable } from './PreviewTable';
import { useAspectLabels, useJudgeNames } from '../components/names';

/** Corrections of submitted marks: requested with a reason, previewed, approved or rejected by the chief judge. */
export function CorrectionsSection({ trade, user }: { trade: TradeSummary; user: UserProfile }) {
  const { t } = useTranslation();
  const corrections = useApi<Correction[]>(`/api/trades/${seg(trade.id)}/corrections`);
  return (
    <section className="admin-section" aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t('admin.section.corrections')}</h2>
      <AsyncState resource={corrections}>
        {(list) =>
          list.length === 0 ? (
            <p className="notice">{t('admin.corrections.none')}</p>
          ) : (
            <ul className="cards">
              {list.map((c) => (
                <CorrectionCard
                  key={c.correctionId}
                  tradeId={trade.id}
                  correction={c}
                  mayDecide={user.role === 'chief_judge'}
                  onDecided={corrections.reload}
                />
              ))}
            </ul>
          )
        }
      </AsyncState>
      {user.role === 'chief_judge' ? <RequestCorrection tradeId={trade.id} onRequested={corrections.reload} /> : null}
    </section>
  );
}

function CorrectionCard({
  tradeId,
  correction: c,
  mayDecide,
  onDecided,
}: {
  tradeId: string;
  correction: Correction;
  mayDecide: boolean;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<Preview>();
  const [previewError, setPreviewError] = useState<unknown>();
  const [rejecting, setRejecting] = useState(false);
  const decide = useCommand(onDecided);
  const judgeName = useJudgeNames(tradeId);
  const aspectLabel = useAspectLabels(tradeId);
  const base = `/api/trades/${seg(tradeId)}/corrections/${seg(c.correctionId)}`;

  async function loadPreview() {
    setPreviewError(undefined);
    try {
      setPreview(await api.get<Preview>(`${base}/preview`));
    } catch (caught) {
      setPreviewError(caught);
    }
  }

  return (
    <li className="card" data-correction={c.correctionId} data-status={c.status}>
      <p>
        <strong>
          {t('admin.corrections.line', {
            n: c.competitorNumber,
            aspect: aspectLabel(c.aspectId),
            judge: judgeName(c.judgeId),
            from: c.from ?? '—',
            to: c.to,
          })}
        </strong>
      </p>
      <p className="muted">
        {t('admin.reason')}: {c.reason} · {t('admin.corrections.requestedBy', { who: judgeName(c.requestedBy) })} ·{' '}
        {t(`admin.corrections.status.${c.status}`)}
      </p>
      {c.status === 'pending' ? (
        <div className="actions">
          <button type="button" className="button" onClick={loadPreview}>
            {t('admin.preview.show')}
          </button>
          {mayDecide ? (
            <>
              <button type="button" className="button button--primary" disabled={decide.busy} onClick={() => decide.run(`${base}/approve`)}>
                {t('admin.corrections.approve')}
              </button>
              <button type="button" className="button button--ghost" onClick={() => setRejecting(true)}>
                {t('admin.entries.reject')}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {rejecting ? (
        <ReasonForm onSubmit={(reason) => void decide.run(`${base}/reject`, { reason })} onCancel={() => setRejecting(false)} />
      ) : null}
      {preview ? <PreviewTable preview={preview} /> : null}
      {previewError ? <ErrorNotice error={previewError} /> : null}
      {decide.error ? <ErrorNotice error={decide.error} /> : null}
    </li>
  );
}

function RequestCorrection({ tradeId, onRequested }: { tradeId: string; onRequested: () => void }) {
  const { t } = useTranslation();
  const scheme = useApi<TradeDefinition>(`/api/catalogue/trades/${seg(tradeId)}`);
  const panel = useApi<PanelMember[]>(`/api/trades/${seg(tradeId)}/panel`);
  const [values, setValues] = useState({ competitorNumber: '', aspectId: '', judgeId: '', mark: '', reason: '' });
  const request = useCommand(onRequested);
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const ready = Object.values(values).every((v) => v.trim() !== '');
  return (
    <details className="card">
      <summary>{t('admin.corrections.request')}</summary>
      <div className="form">
        <InputField
          label={t('admin.lots.competitorNumber')}
          name="correction-number"
          type="number"
          min={1}
          value={values.competitorNumber}
          onChange={set('competitorNumber')}
        />
        <SelectField
          label={t('admin.corrections.aspect')}
          name="correction-aspect"
          value={values.aspectId}
          placeholder={t('admin.corrections.chooseAspect')}
          options={(scheme.data?.scheme.subCriteria ?? []).flatMap((m) =>
            m.aspects.map((a) => ({ value: a.id, label: `${shortId(a.id, tradeId)} ${a.description}` })),
          )}
          onChange={set('aspectId')}
        />
        <SelectField
          label={t('admin.panel.judge')}
          name="correction-judge"
          value={values.judgeId}
          placeholder={t('admin.panel.chooseJudge')}
          options={(panel.data ?? [])
            .filter((m) => m.role === 'judge')
            .map((m) => ({ value: m.judgeId, label: m.displayName ?? m.judgeId }))}
          onChange={set('judgeId')}
        />
        <InputField
          label={t('admin.corrections.mark')}
          name="correction-mark"
          type="number"
          step={0.01}
          min={0}
          value={values.mark}
          onChange={set('mark')}
        />
        <InputField label={t('admin.reason')} name="correction-reason" value={values.reason} onChange={set('reason')} maxLength={500} />
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || request.busy}
          onClick={() =>
            request.run(`/api/trades/${seg(tradeId)}/corrections`, {
              competitorNumber: Number(values.competitorNumber),
              aspectId: values.aspectId,
              judgeId: values.judgeId,
              mark: Number(values.mark),
              reason: values.reason.trim(),
            })
          }
        >
          {t('admin.corrections.requestSubmit')}
        </button>
        {request.error ? <ErrorNotice error={request.error} /> : null}
      </div>
    </details>
  );
}
