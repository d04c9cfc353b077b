import { useTranslation } from 'react-i18next';
import type { Preview } from '../api/types';
import { formatScore } from '../format';

/** The effect of a correction or an appeal before it is applied: totals, ranks and prizes, before → after. */
export function PreviewTable({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  if (preview.changes.length === 0)
    return (
      <p className="notice" data-testid="preview-none">
        {t('admin.preview.none')}
      </p>
    );
  const prize = (p: string | null) => (p ? t(`prize.${p}` as 'prize.first') : '—');
  return (
    <table className="preview" data-testid="preview">
      <caption>{t('admin.preview.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('live.col.number')}</th>
          <th scope="col" className="num">
            {t('admin.preview.total')}
          </th>
          <th scope="col" className="num">
            {t('admin.preview.rank')}
          </th>
          <th scope="col">{t('admin.preview.prize')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.changes.map((c) => (
          <tr key={c.competitorNumber}>
            <td>{c.competitorNumber}</td>
            <td className="num">
              {formatScore(c.before.total)} → <b>{formatScore(c.after.total)}</b>
            </td>
            <td className="num">
              {c.before.rank ?? t('results.unranked')} → <b>{c.after.rank ?? t('results.unranked')}</b>
            </td>
            <td>
              {prize(c.before.prize)} → <b>{prize(c.after.prize)}</b>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
