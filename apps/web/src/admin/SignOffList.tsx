import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, seg } from '../api/client';
import type { Correction, ScoreSheet } from '../api/types';
import { ErrorNotice } from '../components/AsyncState';
import { type SignOffState, signOffState } from './signoff-state';

/**
 * The chief judge's list of competitors to sign off, each with its state: aspects not marked yet,
 * re-marks asked, corrections waiting, ready, or all signed off. Picking one opens its sheet.
 */
export function SignOffList({
  tradeId,
  numbers,
  selected,
  onSelect,
  version,
}: {
  tradeId: string;
  numbers: number[];
  selected: string;
  onSelect: (competitorNumber: number) => void;
  /** Changes after a sign-off: read the states again. */
  version: number;
}) {
  const { t } = useTranslation();
  const [states, setStates] = useState<Map<number, SignOffState>>(new Map());
  const [error, setError] = useState<unknown>();
  const key = numbers.join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `numbers`; `version` asks again after a sign-off
  useEffect(() => {
    let current = true;
    (async () => {
      try {
        const base = `/api/trades/${seg(tradeId)}`;
        const corrections = await api.get<Correction[]>(`${base}/corrections`);
        const sheets = await Promise.all(numbers.map((n) => api.get<ScoreSheet>(`${base}/competitors/${n}/sheet`)));
        if (current) setStates(new Map(sheets.map((s) => [s.competitorNumber, signOffState(s, corrections)])));
      } catch (caught) {
        if (current) setError(caught);
      }
    })();
    return () => {
      current = false;
    };
  }, [tradeId, key, version]);

  if (error) return <ErrorNotice error={error} />;
  return (
    <ul className="signoff-list" aria-label={t('rolesDesk.signoff.listTitle')}>
      {numbers.map((n) => {
        const s = states.get(n);
        const kind = !s ? 'loading' : s.signedOff ? 'done' : s.ready ? 'ready' : 'blocked';
        const parts = !s
          ? [t('rolesDesk.signoff.loading')]
          : s.signedOff
            ? [t('rolesDesk.signoff.signedOff')]
            : s.ready
              ? [t('rolesDesk.signoff.ready')]
              : [
                  s.unmarked ? t('rolesDesk.signoff.unmarked', { count: s.unmarked }) : '',
                  s.remarks ? t('rolesDesk.signoff.remarks', { count: s.remarks }) : '',
                  s.pendingCorrections ? t('rolesDesk.signoff.corrections', { count: s.pendingCorrections }) : '',
                ].filter(Boolean);
        return (
          <li key={n}>
            <button
              type="button"
              className={`signoff-item signoff-item--${kind}`}
              aria-pressed={selected === String(n)}
              data-signoff-competitor={n}
              data-signoff-state={kind}
              onClick={() => onSelect(n)}
            >
              <span className="signoff-item__no">{n}</span>
              <span className="signoff-item__state">{parts.join(' · ')}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
