import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOf, type BoardRow } from '../api/types';
import { useCityName } from '../components/catalogue';
import { formatScore } from '../format';

const MOVE_MS = 700;

/**
 * FLIP: after each render, a row whose place changed starts where it was and slides to where it
 * is now. Positions are offsets inside the table, so scrolling does not move anything.
 */
function useRowMoves(body: RefObject<HTMLTableSectionElement | null>) {
  const tops = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    const rows = body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-no]') ?? [];
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const next = new Map<string, number>();
    for (const row of rows) {
      const key = row.dataset.no!;
      const top = row.offsetTop;
      next.set(key, top);
      const before = tops.current.get(key);
      if (!reduced && before !== undefined && before !== top) {
        row.animate([{ transform: `translateY(${before - top}px)` }, { transform: 'translateY(0)' }], {
          duration: MOVE_MS,
          easing: 'cubic-bezier(.2,.7,.3,1)',
        });
      }
    }
    tops.current = next;
  });
}

interface BoardTableProps {
  rows: BoardRow[];
  changed: ReadonlySet<number>;
  changedAt: number;
  /** Ranks as shown before the last change, to mark rises and falls. */
  previousRanks: ReadonlyMap<number, number | null>;
  /** The row the ceremony's last step revealed. */
  revealed?: number | null;
  /** The big screen: fewer columns, larger type. */
  screen?: boolean;
}

export function BoardTable({ rows, changed, changedAt, previousRanks, revealed = null, screen = false }: BoardTableProps) {
  const { t } = useTranslation();
  const cityName = useCityName();
  const body = useRef<HTMLTableSectionElement>(null);
  useRowMoves(body);

  if (rows.length === 0) return <p className="notice">{t('live.noRows')}</p>;
  return (
    <>
      <table className={screen ? 'board board--screen' : 'board'}>
        <caption className="visually-hidden">{t('live.boardCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="board__rank">
              {t('live.col.rank')}
            </th>
            <th scope="col" className="board__no">
              {t('live.col.number')}
            </th>
            <th scope="col">{t('live.col.name')}</th>
            <th scope="col" className="board__city">
              {t('live.col.city')}
            </th>
            <th scope="col" className="board__employer">
              {t('live.col.employer')}
            </th>
            <th scope="col" className="num board__theory">
              {t('live.col.theory')}
            </th>
            <th scope="col" className="num board__practical">
              {t('live.col.practical')}
            </th>
            <th scope="col" className="num">
              {t('live.col.total')}
            </th>
            <th scope="col" className="board__prize">
              {t('live.col.prize')}
            </th>
            <th scope="col" className="board__progress">
              {t('live.col.progress')}
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.map((row) => {
            const progress = progressOf(row);
            const marked = row.markedAspects > 0 || row.theory !== null;
            const ranked = marked && row.rank !== null;
            const before = previousRanks.get(row.competitorNumber);
            const move = before == null || row.rank === null || before === row.rank ? undefined : before > row.rank ? 'up' : 'down';
            const flash = changed.has(row.competitorNumber);
            const pending = row.revealPending === true;
            const classes = ['board__row'];
            if (flash) classes.push(`board__row--flash-${changedAt % 2}`);
            if (pending) classes.push('board__row--pending');
            if (revealed === row.competitorNumber) classes.push('board__row--revealed');
            return (
              <tr
                key={row.competitorNumber}
                data-no={row.competitorNumber}
                data-marked={row.markedAspects}
                data-progress={progress}
                data-prize={(ranked && row.prize) || undefined}
                data-rank={ranked ? (row.rank ?? undefined) : pending ? 'pending' : 'unranked'}
                data-pending={pending || undefined}
                className={classes.join(' ')}
              >
                <td className="board__rank">
                  {pending ? (
                    <span className="muted pending" title={t('liveScreens.ceremony.pending')}>
                      ?
                    </span>
                  ) : progress === 'absent' ? (
                    <span className="muted">—</span>
                  ) : (
                    <span className={row.prize ? `rank rank--${row.prize}` : 'rank'}>
                      {ranked ? row.rank : <span className="muted unranked">{t('results.unranked')}</span>}
                    </span>
                  )}
                  {move ? (
                    <span className={`move move--${move}`} role="img" aria-label={t(move === 'up' ? 'live.movedUp' : 'live.movedDown')}>
                      {move === 'up' ? '▲' : '▼'}
                    </span>
                  ) : null}
                </td>
                <td className="board__no">{row.competitorNumber}</td>
                <td className="board__name">
                  <span className="board__no-inline">{row.competitorNumber} · </span>
                  {row.name}
                  <span className="board__meta">
                    {cityName(row.city, row.cityName)} · {row.employer}
                  </span>
                </td>
                <td className="board__city">{cityName(row.city, row.cityName)}</td>
                <td className="board__employer">{row.employer}</td>
                <td className="num board__theory">{row.theory === null ? <span className="muted">—</span> : formatScore(row.theory)}</td>
                <td className="num board__practical">{marked ? formatScore(row.practical) : <span className="muted">—</span>}</td>
                <td className="num board__total" data-total={row.total}>
                  {progress === 'absent' ? (
                    <span className="muted">{t('progress.absent')}</span>
                  ) : marked ? (
                    formatScore(row.total)
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td className="board__prize">
                  {ranked && row.prize ? <span className={`prize prize--${row.prize}`}>{t(`prize.${row.prize}`)}</span> : null}
                </td>
                <td className="board__progress">
                  <div
                    className="bar"
                    role="progressbar"
                    aria-valuemin={0}
                    aria-valuemax={row.totalAspects}
                    aria-valuenow={row.markedAspects}
                    aria-label={t('live.aspectsMarked', { marked: row.markedAspects, total: row.totalAspects })}
                  >
                    <i style={{ width: `${row.totalAspects ? (100 * row.markedAspects) / row.totalAspects : 0}%` }} />
                  </div>
                  <span className={`progress-text progress-text--${progress}`}>{t(`progress.${progress}`)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted board__rules">{t('results.rounding')}</p>
    </>
  );
}
