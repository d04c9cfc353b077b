import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, seg } from '../api/client';
import { ACHIEVEMENT_STATUSES, type AchievementSummaryView, type TradeSummary, type UserProfile } from '../api/types';
import { AsyncState, ErrorNotice } from '../components/AsyncState';
import { useCityName, useLocalName } from '../components/catalogue';
import { useApi } from '../components/useApi';
import { ReasonForm } from './EntriesSection';

type Decision = 'city-recommendation' | 'city-decline' | 'eligibility' | 'ineligibility';

/**
 * The two tiers of an achievement (docs/achievements.md), as EntriesSection has them for entries: a
 * city reviewer recommends or declines (with a reason) its city's submitted achievements; the
 * organiser finds the recommended ones eligible or not (with a reason).
 */
export function AchievementsSection({ user, trades }: { user: UserProfile; trades: TradeSummary[] }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const cityName = useCityName();
  const reviewer = user.role === 'city_reviewer';
  const [status, setStatus] = useState<string>(reviewer ? 'submitted' : 'recommended');
  const list = useApi<AchievementSummaryView[]>(`/api/achievements${status ? `?status=${seg(status)}` : ''}`);
  const [reasoning, setReasoning] = useState<{ id: string; decision: Decision }>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const tradeName = (id: string) =>
    localName(
      trades.find((tr) => tr.id === id),
      id,
    );

  async function decide(a: AchievementSummaryView, decision: Decision, reason?: string) {
    setError(undefined);
    setDone(undefined);
    try {
      await api.command(`/api/achievements/${seg(a.achievementId)}/${decision}`, reason ? { reason } : {});
      setReasoning(undefined);
      setDone(a.title);
      list.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const columns = t('achievements.review.columns', { returnObjects: true }) as Record<string, string>;
  return (
    <div className="achievements-review">
      <p className="muted">{t('achievements.review.lead')}</p>
      <label>
        {t('achievements.review.filter')}{' '}
        <select name="achievementStatus" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('achievements.review.all')}</option>
          {ACHIEVEMENT_STATUSES.filter((s) => s !== 'draft').map((s) => (
            <option key={s} value={s}>
              {t(`achievements.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {error ? <ErrorNotice error={error} /> : null}
      {done ? (
        <p className="notice" role="status">
          {t('achievements.review.done', { title: done })}
        </p>
      ) : null}
      <AsyncState resource={list}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('achievements.review.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    {['title', 'trade', 'city', 'team', 'files', 'status', 'actions'].map((c) => (
                      <th key={c}>{columns[c]}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {items.map((a) => (
                    <Fragment key={a.achievementId}>
                      <tr data-achievement={a.achievementId}>
                        <td>
                          {a.title}
                          <div className="muted">{t(`achievements.categories.${a.category as 'qc_circle'}`)}</div>
                        </td>
                        <td>{tradeName(a.tradeId)}</td>
                        <td>{cityName(a.city, a.city)}</td>
                        <td>{a.team.map((m) => `${m.name}（${m.employer ?? m.university ?? ''}）`).join('、')}</td>
                        <td>{a.attachments}</td>
                        <td>
                          <span className="badge" data-status={a.status}>
                            {t(`achievements.status.${a.status as 'draft'}`)}
                          </span>
                          {a.reason ? <span className="muted"> · {a.reason}</span> : null}
                        </td>
                        <td>
                          {reviewer && a.status === 'submitted' ? (
                            <>
                              <button type="button" className="button button--primary" onClick={() => decide(a, 'city-recommendation')}>
                                {t('achievements.review.recommend')}
                              </button>{' '}
                              <button
                                type="button"
                                className="button button--danger"
                                onClick={() => setReasoning({ id: a.achievementId, decision: 'city-decline' })}
                              >
                                {t('achievements.review.decline')}
                              </button>
                            </>
                          ) : null}
                          {!reviewer && a.status === 'recommended' ? (
                            <>
                              <button type="button" className="button button--primary" onClick={() => decide(a, 'eligibility')}>
                                {t('achievements.review.eligible')}
                              </button>{' '}
                              <button
                                type="button"
                                className="button button--danger"
                                onClick={() => setReasoning({ id: a.achievementId, decision: 'ineligibility' })}
                              >
                                {t('achievements.review.ineligible')}
                              </button>
                            </>
                          ) : null}
                        </td>
                      </tr>
                      {reasoning?.id === a.achievementId ? (
                        <tr>
                          <td colSpan={7}>
                            <ReasonForm
                              onSubmit={(reason) => decide(a, reasoning.decision, reason)}
                              onCancel={() => setReasoning(undefined)}
                            />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncState>
    </div>
  );
}
