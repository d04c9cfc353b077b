/** The public catalogue (events, trades, cities) and how their names read in the current language. */
import { useTranslation } from 'react-i18next';
import type { City, ContestEvent, Edition, TradeSummary } from '../api/types';
import { rememberCities, rememberTrades } from '../i18n/refusal-text';
import { useApi } from './useApi';

/** `?edition=` for an earlier edition's catalogue; none for the current one's. */
const ofEdition = (edition?: string) => (edition ? `?edition=${encodeURIComponent(edition)}` : '');

export const useEvents = (edition?: string) => useApi<ContestEvent[]>(`/api/catalogue/events${ofEdition(edition)}`);

/** Every edition, oldest first; the last is the current one. */
export const useEditions = () => useApi<Edition[]>('/api/catalogue/editions');

/** The trades; their names also go to the book refusals are named from (apps/web/src/i18n/refusal-text.ts). */
export function useTrades(edition?: string) {
  const trades = useApi<TradeSummary[]>(`/api/catalogue/trades${ofEdition(edition)}`);
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
