import { useTranslation } from 'react-i18next';
import type { TradeResults } from '../api/types';

/** The rules a trade's results follow, as the results page states them: rounding, prize cut-offs, key aspects. */
export function ResultsRules({ results }: { results: Pick<TradeResults, 'rules'> }) {
  const { t } = useTranslation();
  const rules = results.rules;
  return (
    <p className="muted results-rules" data-cut-off={rules?.prizes.cutOff ?? ''}>
      {t('results.rounding')}
      {rules
        ? ` ${t('results.policy', {
            cutOff: t(`results.cutOff.${rules.prizes.cutOff}`),
            keyAspects: t(`results.keyAspects.${rules.keyAspectComparison}`),
          })}`
        : null}
    </p>
  );
}
