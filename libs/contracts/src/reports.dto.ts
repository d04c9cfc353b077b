import type { CityId } from '#domain';

/**
 * Registration figures of a group of entries (a city, a trade or all). Each entry counts once, as
 * of its latest submission; a withdrawn entry keeps the decisions made before it was withdrawn and
 * leaves the pending counts.
 */
export interface RegistrationStats {
  /** Entries submitted. */
  submitted: number;
  /** Submitted, not withdrawn, awaiting the city's decision. */
  pendingCity: number;
  cityApproved: number;
  cityRejected: number;
  /** City-approved, not withdrawn, awaiting the province's decision. */
  pendingProvince: number;
  confirmed: number;
  provinceRejected: number;
  withdrawn: number;
  /** cityApproved / (cityApproved + cityRejected), 0–1 with 4 decimals; null while the city decided none. */
  cityApprovalRate: number | null;
  /** confirmed / (confirmed + provinceRejected), 0–1 with 4 decimals; null while the province decided none. */
  confirmationRate: number | null;
  /** Entries whose employer is a tech-based enterprise (科技型企业). */
  techBased: number;
  /** techBased / submitted, 0–1 with 4 decimals; null without entries. */
  techBasedShare: number | null;
}

export interface CityRegistrationStats extends RegistrationStats {
  city: CityId;
  cityName: string;
}

export interface TradeRegistrationStats extends RegistrationStats {
  tradeId: string;
  tradeName: string;
  eventId: string;
}

/** GET /api/reports/registration: every city and every trade of the catalogue, zeros included. */
export interface RegistrationReport {
  /** The global position of the last event the figures include. */
  position: number;
  overall: RegistrationStats;
  byCity: CityRegistrationStats[];
  byTrade: TradeRegistrationStats[];
}
