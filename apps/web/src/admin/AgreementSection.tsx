import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { AgreementReport, PanelMember, TradeDefinition, TradeSummary } from '../api/types';
import { AsyncState } from '../components/AsyncState';
import { useApi } from '../components/useApi';
import { shortId } from '../format';

/** A leniency this far from the panel (in levels, either way) is worth a word with the judge. */
const NOTABLE_LENIENCY = 0.5;

/** Judge agreement on the trade's panel, for the chief judge: spreads and re-marks per aspect, each judge's leniency. */
export function AgreementSection({ trade }: { trade: TradeSummary }) {
  const { t } = useTranslation();
  const report = useApi<AgreementReport>(`/api/trades/${seg(trade.id)}/agreement`);
  const panel = useApi<PanelMember[]>(`/api/trades/${seg(trade.id)}/panel`);
  const scheme = useApi<TradeDefinition>(`/api/catalogue/trades/${seg(trade.id)}`);
  const nameOf = (judgeId: string) => panel.data?.find((m) => m.judgeId === judgeId)?.displayName ?? judgeId;
  const aspectOf = (aspectId: string) => scheme.data?.scheme.subCriteria.flatMap((m) => m.aspects).find((a) => a.id === aspectId);
  return (
    <section className="admin-section" aria-labelledby="agreement-title">
      <h2 id="agreement-title">{t('admin.section.agreement')}</h2>
      <AsyncState resource={report}>
        {(data) =>
          data.judges.length === 0 ? (
            <p className="notice">{t('admin.agreement.none')}</p>
          ) : (
            <>
              <dl className="facts" data-flagged={data.flagged} data-remarks={data.remarks}>
                <dt>{t('admin.agreement.flagged')}</dt>
                <dd>{data.flagged}</dd>
                <dt>{t('admin.agreement.remarks')}</dt>
                <dd>{data.remarks}</dd>
              </dl>
              <table className="data">
                <caption>{t('admin.agreement.judgesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.agreement.judge')}</th>
                    <th scope="col" className="num">
                      {t('admin.agreement.marks')}
                    </th>
                    <th scope="col" className="num">
                      {t('admin.agreement.leniency')}
                    </th>
                    <th scope="col" className="num">
                      {t('admin.agreement.outliers')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.judges.map((j) => (
                    <tr
                      key={j.judgeId}
                      data-judge={j.judgeId}
                      className={Math.abs(j.leniency) >= NOTABLE_LENIENCY || j.outliers > 0 ? 'row--notable' : undefined}
                    >
                      <th scope="row">{nameOf(j.judgeId)}</th>
                      <td className="num">{j.marks}</td>
                      <td className="num">{j.leniency > 0 ? `+${j.leniency.toFixed(2)}` : j.leniency.toFixed(2)}</td>
                      <td className="num">{j.outliers}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted">{t('admin.agreement.leniencyHint')}</p>
              <table className="data">
                <caption>{t('admin.agreement.aspectsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.corrections.aspect')}</th>
                    <th scope="col" className="num">
                      {t('admin.agreement.sheets')}
                    </th>
                    <th scope="col" className="num">
                      {t('admin.agreement.flagged')}
                    </th>
                    <th scope="col" className="num">
                      {t('admin.agreement.remarks')}
                    </th>
                    <th scope="col" className="num">
                      {t('admin.agreement.meanSpread')}
                    </th>
                    <th scope="col" className="num">
                      {t('admin.agreement.maxSpread')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.aspects.map((a) => (
                    <tr key={a.aspectId} data-aspect={a.aspectId} className={a.flagged > 0 ? 'row--notable' : undefined}>
                      <th scope="row">
                        {shortId(a.aspectId, trade.id)} {aspectOf(a.aspectId)?.description ?? ''}
                      </th>
                      <td className="num">{a.sheets}</td>
                      <td className="num">{a.flagged}</td>
                      <td className="num">{a.remarks}</td>
                      <td className="num">{a.meanSpread.toFixed(2)}</td>
                      <td className="num">{a.maxSpread}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </AsyncState>
    </section>
  );
}
