/** The public catalogue (events, trades, cities) and how their names read in the current language. */
import { useTranslation } from 'react-i18next';
import type { City, ContestEvent, TradeSummary } from '../api/types';
import { useApi } from './useApi';

export const useEvents = () => useApi<ContestEvent[]>('/api/catalogue/events');
export const useTrades = () => useApi<TradeSummary[]>('/api/catalogue/trades');
export const useCities = () => useApi<City[]>('/api/catalogue/cities');

/** `name` in Chinese, `nameEn` in English. */
export function useLocalName(): (item: { name: string; nameEn?: string } | undefined, fallback?: string) => string {
  const { i18n } = useTranslation();
  return (item, fallback = '') => (item ? (i18n.language === 'en' && item.nameEn ? item.nameEn : item.name) : fallback);
}
