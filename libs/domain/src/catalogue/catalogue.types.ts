/** The contest's structure: contest → events (赛事) → trades (工种) → marking scheme. */

export const CITIES = [
  { id: 'shenyang', name: '沈阳', nameEn: 'Shenyang' },
  { id: 'dalian', name: '大连', nameEn: 'Dalian' },
  { id: 'anshan', name: '鞍山', nameEn: 'Anshan' },
  { id: 'fushun', name: '抚顺', nameEn: 'Fushun' },
  { id: 'benxi', name: '本溪', nameEn: 'Benxi' },
  { id: 'dandong', name: '丹东', nameEn: 'Dandong' },
  { id: 'jinzhou', name: '锦州', nameEn: 'Jinzhou' },
  { id: 'yingkou', name: '营口', nameEn: 'Yingkou' },
  { id: 'fuxin', name: '阜新', nameEn: 'Fuxin' },
  { id: 'liaoyang', name: '辽阳', nameEn: 'Liaoyang' },
  { id: 'panjin', name: '盘锦', nameEn: 'Panjin' },
  { id: 'tieling', name: '铁岭', nameEn: 'Tieling' },
  { id: 'chaoyang', name: '朝阳', nameEn: 'Chaoyang' },
  { id: 'huludao', name: '葫芦岛', nameEn: 'Huludao' },
] as const;

export type CityId = (typeof CITIES)[number]['id'];
export const CITY_IDS: readonly CityId[] = CITIES.map((c) => c.id);
export const isCityId = (value: string): value is CityId => (CITY_IDS as readonly string[]).includes(value);

export type EventCategory =
  | 'iot'
  | 'cloud-computing'
  | 'big-data'
  | '5g-smart-innovation'
  | 'drones'
  | 'network-security'
  | 'workers-innovation'
  | 'university-transfer'
  | 'classic-trades';

/** A judgement aspect's written level descriptors, one per level 0–3. */
export type LevelDescriptors = readonly [string, string, string, string];

export interface MeasurementAspect {
  id: string;
  type: 'measurement';
  description: string;
  /** Max mark awarded (full mark when the measurement is within tolerance). */
  maxMark: number;
  /** The contest day (1, 2, …) the aspect is marked on, when the scheme says. */
  markingDay?: number;
}

export interface JudgementAspect {
  id: string;
  type: 'judgement';
  description: string;
  maxMark: number;
  descriptors: LevelDescriptors;
  markingDay?: number;
}

export type Aspect = MeasurementAspect | JudgementAspect;

export interface SubCriterion {
  id: string;
  name: string;
  aspects: readonly Aspect[];
}

/** Practical marking scheme: sub-criteria → aspects; max marks sum to 100. */
export interface MarkingScheme {
  subCriteria: readonly SubCriterion[];
}

/** A trade's registration rules; a rule left out does not apply. */
export interface TradeRegistrationRules {
  /** Age in whole years on the contest day (the event's date), both ends included, e.g. 18–55. */
  ageWindow?: { min: number; max: number };
  /** At most this many entries (individuals or teams) per city may be approved by the city. */
  quotaPerCity?: number;
  /** Nobody who won a first prize in this trade in the last N editions may enter. */
  noFirstPrizeInLastEditions?: number;
}

export interface TradeDefinition {
  id: string;
  eventId: string;
  name: string;
  nameEn: string;
  /** 1 for individual trades, 2–3 for team trades. */
  teamSize: 1 | 2 | 3;
  /** Percent weights of theory and practical; they sum to 100 (typically 30/70 or 20/80). */
  weights: { theory: number; practical: number };
  /** Judges per judgement panel: 3 or 5. */
  panelSize: 3 | 5;
  /** With 5+ judges the highest and lowest judgement marks may be dropped. */
  trimmedMean: boolean;
  /** Aspect ids used to break ties after the practical score. */
  keyAspectIds: readonly string[];
  /**
   * How the key aspects break a tie: `in_order` compares them one by one in `keyAspectIds`' order,
   * `sum` compares the sum of their marks. Absent = `in_order`.
   */
  keyAspectComparison?: KeyAspectComparison;
  scheme: MarkingScheme;
  registration?: TradeRegistrationRules;
  /** Workstations in the hall: the draw fills sessions of this many competitors. Absent = one session. */
  workstations?: number;
  /** The theory exam's answer key, one answer per question, each question worth the same. Absent = no theory exam yet. */
  theory?: TheoryExam;
  /** Prizes by ratio of ranked contestants or by fixed counts. Absent = `DEFAULT_PRIZE_POLICY`. */
  prizes?: PrizePolicy;
  /** When the trade's winner may be recommended for honours. Absent = no honours from this trade. */
  honours?: HonoursConditions;
  /** The optional standardised scale; the raw total stays the official ranking. Absent = none. */
  standardisation?: StandardisationPolicy;
  /** Conflict of interest (回避): always the same employer; also the same city when `sameCity`. */
  conflictOfInterest?: { sameCity: boolean };
  /** Minutes after publication during which a contestant may appeal. Absent = 120. */
  appealWindowMinutes?: number;
  /** Working days of publicity (公示) after publication before results are final, 0–60 (docs/working-days.md). Absent = 5. */
  publicityWorkingDays?: number;
  /**
   * The same trade in the previous edition (its own id there): its first prizes, and those of the trades
   * before it, count for `registration.noFirstPrizeInLastEditions` without being entered by hand.
   */
  previousTradeId?: string;
}

export interface TheoryExam {
  /** One answer per question, e.g. `['A', 'C', 'BD', …]`; a multi-letter answer must match exactly. */
  answerKey: readonly string[];
}

export type Prize = 'first' | 'second' | 'third';

export type KeyAspectComparison = 'in_order' | 'sum';

/**
 * How a prize's places follow from its share (docs/results-rules.md):
 * - `round_half_up`: the cumulative percentages of the ranked contestants, each rounded half up, are
 *   the cut-off ranks; contestants tied at a cut-off share the better prize.
 * - `not_exceeding` (不超过): each prize's count is its own percentage rounded down (at least one first
 *   prize when anyone is ranked), and no prize ever goes to more contestants than its count: a tied
 *   group that does not fit in a prize's remaining places gets the next prize that has room for all of it.
 */
export type PrizeCutOff = 'round_half_up' | 'not_exceeding';

/**
 * `ratio`: percent of ranked contestants for each prize, e.g. 10 / 20 / 30.
 * `count`: fixed numbers of each prize. `cutOff` absent = `round_half_up`.
 */
export type PrizePolicy =
  | { mode: 'ratio'; first: number; second: number; third: number; cutOff?: PrizeCutOff }
  | { mode: 'count'; first: number; second: number; third: number; cutOff?: PrizeCutOff };

export const DEFAULT_PRIZE_POLICY: PrizePolicy = { mode: 'ratio', first: 10, second: 20, third: 30 };

export type Honour = 'may_day_labour_medal' | 'technical_expert';

/** The winner (rank 1) is eligible for an honour when at least this many contestants were ranked. */
export type HonoursConditions = Partial<Record<Honour, { minContestants: number }>>;

/**
 * A versioned standardisation policy. `median700-v1`: 700 + 30 · (x − median) / (1.4826 · MAD) of the
 * trade's raw totals, rounded to a whole point; 700 for everyone when MAD = 0. Medallion for Excellence at ≥ 700.
 */
export interface StandardisationPolicy {
  version: 'median700-v1';
}

/**
 * How an event is run: `practical` — a skills contest with a draw, workstations and marking on tablets;
 * `achievement` — a review of submitted achievements (职工创新成果, 高校创新成果转化): submissions,
 * recommendation, eligibility, expert review (docs/achievements.md).
 */
export type EventKind = 'practical' | 'achievement';
export const EVENT_KINDS: readonly EventKind[] = ['practical', 'achievement'];

export interface ContestEventDefinition {
  id: string;
  name: string;
  nameEn: string;
  category: EventCategory;
  organisingUnit: string;
  venue: string;
  /** ISO date of the contest day. */
  date: string;
  /** Absent = `practical` (every event defined before kinds existed). */
  kind?: EventKind;
}

/** An event's kind, `practical` when it does not say. */
export const eventKindOf = (event: Pick<ContestEventDefinition, 'kind'> | undefined): EventKind => event?.kind ?? 'practical';

export interface ContestDefinition {
  id: string;
  name: string;
  year: number;
  /** True for the generated demo catalogue: not a real contest's data. */
  demo: boolean;
  /** The contest days, first and last (ISO dates), when the organiser has set them. */
  days?: { first: string; last: string };
  events: readonly ContestEventDefinition[];
  trades: readonly TradeDefinition[];
}
