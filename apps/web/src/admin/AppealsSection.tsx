import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, seg } from '../api/client';
import type { Appeal, PanelMember, Preview, TradeDefinition, TradeSummary, UserProfile } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { InputField, SelectField } from '../components/Field';
import { useApi } from '../components/useApi';
import { useCommand } from '../components/useCommand';
import { shortId } from '../format';
import { PreviewTable } from './PreviewTable';

type Remedy = { kind: 'remark'; aspectIds: string[] } | { kind: 'correction'; aspectId: string; judgeId: string; mark: number };

/** Appeals (申诉) of a trade; the arbitration committee previews a remedy's effect, then upholds or rejects with reasons. */
export function AppealsSection({ trade, user }: { trade: TradeSummary; user: UserProfile }) {
  const { t } = useTranslation();
  const appeals = useApi<Appeal[]>(`/api/appeals?tradeId=${seg(trade.id)}`);
  return (
    <section className="admin-section" aria-labelledby="appeals-title">
      <h2 id="appeals-title">{t('admin.section.appeals')}</h2>
      <AsyncState resource={appeals}>
        {(list) =>
          list.length === 0 ? (
            <p className="notice">{t('admin.appeals.none')}</p>
          ) : (
            <ul className="cards">
              {list.map((a) => (
                <AppealCard
                  key={a.appealId}
                  appeal={a}
                  tradeId={trade.id}
                  mayDecide={user.role === 'arbitration'}
                  onDecided={appeals.reload}
                />
              ))}
            </ul>
          )
        }
      </AsyncState>
    </section>
  );
}

function AppealCard({
  appeal,
  tradeId,
  mayDecide,
  onDecided,
}: {
  appeal: Appeal;
  tradeId: string;
  mayDecide: boolean;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const panel = useApi<PanelMember[]>(mayDecide ? `/api/trades/${seg(tradeId)}/panel` : null);
  // The aspects the contestant named, by their descriptions in the marking scheme.
  const definition = useApi<TradeDefinition>(`/api/catalogue/trades/${seg(tradeId)}`);
  const description = new Map(definition.data?.scheme.subCriteria.flatMap((m) => m.aspects.map((a) => [a.id, a.description])) ?? []);
  const named = (appeal.aspectIds ?? []).map((id) =>
    description.has(id) ? `${shortId(id, tradeId)} ${description.get(id)}` : shortId(id, tradeId),
  );
  const [kind, setKind] = useState<Remedy['kind']>('remark');
  const [aspects, setAspects] = useState((appeal.aspectIds ?? []).join(', '));
  const [judgeId, setJudgeId] = useState('');
  const [mark, setMark] = useState('');
  const [reasons, setReasons] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const [previewError, setPreviewError] = useState<unknown>();
  const decide = useCommand(onDecided);
  const base = `/api/appeals/${seg(appeal.appealId)}`;
  const aspectIds = aspects.split(/[\s,，]+/).filter(Boolean);

  const remedy = (): Remedy =>
    kind === 'remark' ? { kind, aspectIds } : { kind, aspectId: aspectIds[0] ?? '', judgeId, mark: Number(mark) };

  async function showPreview() {
    setPreviewError(undefined);
    try {
      setPreview(await api.post<Preview>(`${base}/preview`, { remedy: remedy() }));
    } catch (caught) {
      setPreviewError(caught);
    }
  }

  const pending = !appeal.status || appeal.status === 'pending';
  return (
    <li className="card" data-appeal={appeal.appealId}>
      <p>
        <strong>
          {t('admin.appeals.line', {
            n: appeal.competitorNumber ?? '—',
            aspects: named.join('、') || t('admin.appeals.allAspects'),
          })}
        </strong>
        {appeal.status ? <span className="tag">{appeal.status}</span> : null}
      </p>
      <p>{appeal.reason}</p>
      {mayDecide && pending ? (
        <div className="form">
          <SelectField
            label={t('admin.appeals.remedy')}
            name={`remedy-${appeal.appealId}`}
            value={kind}
            options={(['remark', 'correction'] as const).map((k) => ({ value: k, label: t(`admin.appeals.kind.${k}`) }))}
            onChange={(e) => setKind(e.target.value as Remedy['kind'])}
          />
          <InputField
            label={t('admin.appeals.aspects')}
            name={`remedy-aspects-${appeal.appealId}`}
            value={aspects}
            onChange={(e) => setAspects(e.target.value)}
            hint={t('admin.appeals.aspectsHint')}
          />
          {kind === 'correction' ? (
            <>
              <SelectField
                label={t('admin.panel.judge')}
                name={`remedy-judge-${appeal.appealId}`}
                value={judgeId}
                placeholder={t('admin.panel.chooseJudge')}
                options={(panel.data ?? [])
                  .filter((m) => m.role === 'judge')
                  .map((m) => ({ value: m.judgeId, label: m.displayName ?? m.judgeId }))}
                onChange={(e) => setJudgeId(e.target.value)}
              />
              <InputField
                label={t('admin.corrections.mark')}
                name={`remedy-mark-${appeal.appealId}`}
                type="number"
                step={0.01}
                min={0}
                value={mark}
                onChange={(e) => setMark(e.target.value)}
              />
            </>
          ) : null}
          <button type="button" className="button" onClick={showPreview}>
            {t('admin.preview.show')}
          </button>
          {preview ? <PreviewTable preview={preview} /> : null}
          {previewError ? <ErrorNotice error={previewError} /> : null}
          <InputField
            label={t('admin.appeals.reasons')}
            name={`reasons-${appeal.appealId}`}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
            maxLength={2000}
          />
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              disabled={!reasons.trim() || decide.busy}
              onClick={() => decide.run(`${base}/decide`, { decision: 'upheld', reasons: reasons.trim(), remedy: remedy() })}
            >
              {t('admin.appeals.uphold')}
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={!reasons.trim() || decide.busy}
              onClick={() => decide.run(`${base}/decide`, { decision: 'rejected', reasons: reasons.trim() })}
            >
              {t('admin.appeals.reject')}
            </button>
          </div>
          {decide.error ? <ErrorNotice error={decide.error} /> : null}
        </div>
      ) : null}
    </li>
  );
}
