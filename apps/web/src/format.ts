/** Numbers and times as the boards and sheets show them. */
import i18n from './i18n';

export const formatScore = (value: number): string => value.toFixed(2);

/** The contest runs on China time: every clock on every screen reads Asia/Shanghai, whatever the device's zone. */
export const CONTEST_TIME_ZONE = 'Asia/Shanghai';

export const formatTime = (iso: string): string =>
  new Date(iso).toLocaleTimeString(i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZone: CONTEST_TIME_ZONE,
  });

export const formatDateTime = (iso: string): string =>
  new Date(iso).toLocaleString(i18n.language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: CONTEST_TIME_ZONE,
  });

export const formatPercent = (share: number): string => `${(share * 100).toFixed(1)} %`;

/** `t001-iot-installer-A1` → `A1`: the demo scheme prefixes its module and aspect ids with the trade's id. */
export const shortId = (id: string, tradeId: string): string => (id.startsWith(`${tradeId}-`) ? id.slice(tradeId.length + 1) : id);
