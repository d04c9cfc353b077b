/**
 * Names, not ids (docs/i18n.md): a trade's judges by their names (from its panel, which the organiser
 * and the panel may read) and its aspects as the marking form shows them ("A5 系统集成方案的完整性").
 */
import { useTranslation } from 'react-i18next';
import { seg } from '../api/client';
import type { TradeDefinition } from '../api/types';
import { aspectLabel, rememberPeople, rememberScheme } from '../i18n/refusal-text';
import { useApi } from './useApi';

/** judgeId → the judge's name; an account not on the panel reads "another judge", never its id. */
export function useJudgeNames(tradeId: string): (judgeId: string | undefined) => string {
  const { t } = useTranslation();
  const panel = useApi<Array<{ judgeId: string; displayName?: string }>>(`/api/trades/${seg(tradeId)}/panel`);
  const names = new Map((panel.data ?? []).map((m) => [m.judgeId, m.displayName ?? '']));
  if (panel.data) rememberPeople(panel.data.map((m) => ({ id: m.judgeId, name: m.displayName })));
  return (judgeId) => (judgeId && names.get(judgeId)) || t('i13.aJudge');
}

/** aspectId → "A5 系统集成方案的完整性" once the trade's scheme is loaded, else "A5". */
export function useAspectLabels(tradeId: string): (aspectId: string) => string {
  const definition = useApi<TradeDefinition>(`/api/catalogue/trades/${seg(tradeId)}`);
  if (definition.data) rememberScheme(definition.data.id, definition.data.scheme);
  return (aspectId) => aspectLabel(tradeId, aspectId);
}
