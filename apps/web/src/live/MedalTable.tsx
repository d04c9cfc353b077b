import { useTranslation } from 'react-i18next';
import type { Medals, Prize } from '../api/types';
import { useCityName } from '../components/catalogue';
import { formatPercent } from '../format';

const PRIZES: Prize[] = ['first', 'second', 'third'];

/** Prizes per city over the drawn trades of the chosen event, or of the whole contest. */
export function MedalTable({
  medals,
  loaded,
  scope,
  version,
}: {
  medals: Medals | undefined;
  loaded: boolean;
  scope: 'event' | 'contest';
  /** The version of the shown board the table was computed from. */
  version?: number;
}) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const table = medals?.cities ?? [];
  return (
    <section className="card side-card" aria-labelledby="medals-title" data-testid="medals" data-board-version={version}>
      <h2 id="medals-title">{t('live.medals.title')}</h2>
      <p className="side-card__note">
        {t(scope === 'event' ? 'liveScreens.medalsScopeEvent' : 'liveScreens.medalsScope', { count: medals?.trades ?? 0 })}
      </p>
      {!loaded ? (
        <p className="notice">{t('common.loading')}</p>
      ) : !medals ? (
        <p className="notice notice--unavailable" data-state="unavailable">
          {t('live.medals.noPrizes')}
        </p>
      ) : table.length === 0 ? (
        <p className="notice">{t('live.medals.none')}</p>
      ) : (
        <table className="medals">
          <thead>
            <tr>
              <th scope="col">{t('live.col.city')}</th>
              <th scope="col" className="num">
                <span className="prize prize--first">{t('prize.first')}</span>
              </th>
              <th scope="col" className="num">
                <span className="prize prize--second">{t('prize.second')}</span>
              </th>
              <th scope="col" className="num">
                <span className="prize prize--third">{t('prize.third')}</span>
              </th>
              <th scope="col" className="num">
                {t('live.medals.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.map((city) => (
              <tr key={city.city} data-city={city.city}>
                <th scope="row">{cityName(city.city, city.cityName)}</th>
                <td className="num">{city.first}</td>
                <td className="num">{city.second}</td>
                <td className="num">{city.third}</td>
                <td className="num">{city.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The share of prizes won by contestants of tech-based enterprises (科技型企业), over the same boards. */
export function TechShare({ medals, loaded }: { medals: Medals | undefined; loaded: boolean }) {
  const { t } = useTranslation();
  const share = medals?.techShare;
  return (
    <section className="card side-card" aria-labelledby="tech-title">
      <h2 id="tech-title">{t('live.tech.title')}</h2>
      {!loaded ? (
        <p className="notice">{t('common.loading')}</p>
      ) : !share ? (
        <p className="notice notice--unavailable" data-state="unavailable">
          {t('live.tech.unavailable')}
        </p>
      ) : share.all.share === null ? (
        <p className="notice">{t('live.medals.none')}</p>
      ) : (
        <>
          <p className="tech-share" data-share={share.all.share}>
            <b>{formatPercent(share.all.share)}</b>
            <span>{t('live.tech.ofPrizes', { tech: share.all.techBased, prizes: share.all.prizes })}</span>
          </p>
          <ul className="tech-share__prizes">
            {PRIZES.map((prize) => (
              <li key={prize}>
                <span className={`prize prize--${prize}`}>{t(`prize.${prize}`)}</span>{' '}
                {share[prize].share === null
                  ? '—'
                  : `${formatPercent(share[prize].share)} (${share[prize].techBased}/${share[prize].prizes})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
