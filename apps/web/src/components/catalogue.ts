/** The public catalogue (events, trades, cities) and how their names read in the current language. */
import { useTranslation } from 'react-i18next';
import type { City, ContestEvent, TradeSummary } from '../api/types';
import { rememberCities, rememberTrades } from '../i18n/refusal-text';
import { useApi } from './useApi';

export const useEvents = () => useApi<ContestEvent[]>('/api/catalogue/events');

/** The trades; their names also go to the book refusals are named from (apps/web/src/i18n/refusal-text.ts). */
export function useTrades() {
  const trades = useApi<TradeSummary[]>('/api/catalogue/trades');
  if (trades.data) rememberTrades(trades.data);
  return trades;
}

/** The cities; their names also go to the book refusals are named from. */
export function useCities() {
  const cities = useApi<City[]>('/api/catalogue/cities');
  if (cities.data) rememberCities(cities.data);
  return cities;
}

/** A city by its id in the current language (the board and medal table send the Chinese name beside the id). */
export function useCityName(): (id: string, fallback: string) => string {
  const cities = useCities();
  const localName = useLocalName();
  return (id, fallback) =>
    localName(
      cities.data?.find((c) => c.id === id),
      fallback,
    );
}

/** `name` in Chinese, `nameEn` in English. */
export function useLocalName(): (item: { name: string; nameEn?: string } | undefined, fallback?: string) => string {
  const { i18n } = useTranslation();
  return (item, fallback = '') => (item ? (i18n.language === 'en' && item.nameEn ? item.nameEn : item.name) : fallback);
}
