/**
 * The API's answers as the web app reads them. Those the API documents with a response class in
 * libs/contracts come from the OpenAPI document (`openapi.generated.ts`, made by `npm run api:types`
 * and checked fresh by a test); the others are still written out here until their routes have one.
 */
import type { components } from './openapi.generated';

type Schemas = components['schemas'];

/** What a command that writes answers: where its events landed, or `duplicate` for a retry. */
export type CommandAnswer = Schemas['CommandAnswer'];
/** A refusal (4xx): a stable `code` with its `params`, or the `fields` of bad input. */
export type Refusal = Schemas['RefusalDto'];
/** This tablet holds the aspect until `expiresAt`. */
export type AspectLease = Schemas['AspectLeaseAnswer'];
/** GET /api/trades/:id/results/mine: the contestant's own published result. */
export type MyResult = Schemas['MyResultDto'];
/** A theory upload's report, row by row. */
export type TheoryUploadReport = Schemas['TheoryUploadReport'];

export type Role = 'organiser' | 'city_reviewer' | 'chief_judge' | 'judge' | 'arbitration' | 'contestant';

export interface UserProfile {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  city?: string;
  tradeIds?: string[];
}

/** A new access token and the refresh token that renews it once. */
export interface TokenPair {
  accessToken: string;
  refreshToken?: string;
  expiresIn?: number;
}

export interface LoginAnswer extends TokenPair {
  user: UserProfile;
}

/** One of the province's cities (GET /api/catalogue/cities). */
export type City = Schemas['CityView'];

/** An event (赛事) with its trades (GET /api/catalogue/events). */
export type ContestEvent = Schemas['ContestEventView'];

/** A trade as the catalogue lists it, without its scheme (GET /api/catalogue/trades). */
export type TradeSummary = Schemas['TradeSummaryView'];

/** An edition (GET /api/catalogue/editions); the current one is the last. */
export type Edition = Schemas['EditionView'];

export interface Aspect {
  id: string;
  type: 'measurement' | 'judgement';
  description: string;
  maxMark: number;
  /** Judgement aspects: what each level 0–3 means. */
  descriptors?: [string, string, string, string];
}

export interface Module {
  id: string;
  name: string;
  aspects: Aspect[];
}

export interface TradeDefinition extends TradeSummary {
  scheme: { subCriteria: Module[] };
}

export const SKILL_LEVELS = ['none', 'level-5', 'level-4', 'level-3', 'level-2', 'level-1'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export type EntryStatus = 'submitted' | 'city_approved' | 'city_rejected' | 'confirmed' | 'province_rejected' | 'withdrawn';

/** An entry as the API shows it: ID numbers and phones masked. */
export interface EntryView {
  entryId: string;
  tradeId: string;
  name: string;
  idNumber: string;
  phone: string;
  employer: { name: string; creditCode: string; techBased: boolean };
  city: string;
  skillLevel: SkillLevel;
  members: Array<{ name: string; idNumber: string; phone: string }>;
  status: EntryStatus;
  reason?: string;
  competitorNumber?: number;
  submittedAt: string;
}

// ---- live boards ----

export type Progress = 'not_started' | 'in_progress' | 'practical_complete' | 'complete' | 'absent';
export type Prize = 'first' | 'second' | 'third';
export type ResultStatus = 'provisional' | 'official' | 'final';

/**
 * A board row. Servers before the results work (issue 3) sent the progress as `status`, no prize
 * and no tech-based flag; `progressOf` reads both, and the medal and tech-share panels say when a
 * server sends no such data.
 */
export interface BoardRow {
  competitorNumber: number;
  name: string;
  city: string;
  cityName: string;
  employer: string;
  /** The employer is a tech-based enterprise (科技型企业). */
  techBased?: boolean;
  theory: number | null;
  practical: number;
  total: number;
  /** Null until the trade's first ranking. */
  rank: number | null;
  progress?: Progress;
  status?: ResultStatus | Progress;
  prize?: Prize | null;
  standardised?: number | null;
  checkedIn: boolean;
  markedAspects: number;
  totalAspects: number;
  /** During the award ceremony: not revealed yet (as at the freeze, without rank or prize). */
  revealPending?: boolean;
}

/** The award ceremony of a frozen board, while it runs: `step` of `total` results revealed, `revealed` the last one. */
export interface BoardCeremony {
  step: number;
  total: number;
  revealed: number | null;
}

export interface BoardSnapshot {
  board: string;
  version: number;
  rows: BoardRow[];
  frozen?: boolean;
  frozenAt?: string | null;
  published?: boolean;
  ceremony?: BoardCeremony | null;
}

export const PROGRESSES: readonly Progress[] = ['not_started', 'in_progress', 'practical_complete', 'complete', 'absent'];

export const progressOf = (row: BoardRow): Progress =>
  row.progress ?? (PROGRESSES.includes(row.status as Progress) ? (row.status as Progress) : 'not_started');

// ---- judging (issue 3 contract) ----

export type AspectStatus = 'unmarked' | 'awaiting_panel' | 'remark_requested' | 'marked';

export interface SheetAspect {
  aspectId: string;
  type: 'measurement' | 'judgement';
  description: string;
  maxMark: number;
  descriptors?: [string, string, string, string];
  status: AspectStatus;
  mark: number | null;
  round: number;
  myMark: number | null;
  marks?: Array<{ judgeId: string; mark: number; round: number }>;
}

/** GET /api/trades/:id/agreement: judge agreement on the panel (judgement aspects). */
export interface AgreementReport {
  aspects: Array<{ aspectId: string; sheets: number; flagged: number; remarks: number; meanSpread: number; maxSpread: number }>;
  /** `leniency`: mean of the judge's level minus the panel's mean; positive = lenient. */
  judges: Array<{ judgeId: string; marks: number; leniency: number; outliers: number }>;
  flagged: number;
  remarks: number;
}

export interface ScoreSheet {
  tradeId: string;
  competitorNumber: number;
  /** How long the practical took, once the chief judge recorded it. */
  completionSeconds: number | null;
  modules: Array<{ moduleId: string; name: string; signedOff: boolean; aspects: SheetAspect[] }>;
}

export interface ResultRow {
  competitorNumber: number;
  name: string;
  city: string;
  theory: number | null;
  practical: number;
  total: number;
  /** The exact total ranks follow, "numerator/denominator". */
  exactTotal?: string | null;
  /** Null while the contestant has no score (shown as not yet marked). */
  rank: number | null;
  prize: Prize | null;
  status: string;
  progress: Progress;
  standardised?: number | null;
  honours: string[];
}

export interface TradeResults {
  tradeId: string;
  status: ResultStatus;
  frozen: boolean;
  publishedAt: string | null;
  /** Until when contestants may appeal, once the results are published. */
  appealsCloseAt: string | null;
  checkpoint?: { position: number; hash: string } | null;
  /** The rules the results follow (docs/results-rules.md). */
  rules?: {
    rounding: { mode: 'half_up'; places: number };
    prizes: { cutOff: 'round_half_up' | 'not_exceeding' };
    keyAspectComparison: 'in_order' | 'sum';
  };
  /** Published without these present competitors' theory results, and why (shown with the results). */
  missingTheory?: { competitorNumbers: number[]; reason: string } | null;
  rows: ResultRow[];
}

export interface Change {
  competitorNumber: number;
  before: { total: number; rank: number | null; prize: Prize | null };
  after: { total: number; rank: number | null; prize: Prize | null };
}

export interface Preview {
  before: ResultRow[];
  after: ResultRow[];
  changes: Change[];
}

export interface Correction {
  correctionId: string;
  competitorNumber: number;
  aspectId: string;
  judgeId: string;
  from: number | null;
  to: number;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requestedBy: string;
}

export interface Appeal {
  appealId: string;
  tradeId: string;
  competitorNumber?: number;
  aspectIds?: string[];
  reason: string;
  status?: 'pending' | 'upheld' | 'rejected';
  filedAt?: string;
  decision?: { decision: 'upheld' | 'rejected'; reasons: string; decidedAt: string };
}

export interface PanelMember {
  judgeId: string;
  role: 'chief_judge' | 'judge';
  username?: string;
  displayName?: string;
}

export interface PublicDraw {
  tradeId: string;
  workstations: number | null;
  commitment: string | null;
  committedAt: string | null;
  seed: string | null;
  confirmedEntryIds: string[];
  assignments: Array<{ entryId: string; competitorNumber: number; session: number; workstation: number }>;
  drawnAt: string | null;
  /** Commitments replaced before the draw (a lost seed), with when and why. */
  replacedCommitments?: Array<{ commitment: string; committedAt: string | null; replacedAt: string; reason: string }>;
  verified: boolean | null;
  difference?: string;
}

/** GET /api/medals: prizes per city and the tech-based enterprises' share, computed by the server. */
export interface CityMedals {
  city: string;
  cityName: string;
  first: number;
  second: number;
  third: number;
  total: number;
}

export interface TechShareFigure {
  prizes: number;
  techBased: number;
  share: number | null;
}

export interface Medals {
  eventId: string | null;
  trades: number;
  cities: CityMedals[];
  techShare: Record<Prize | 'all', TechShareFigure>;
  /** Pushed over the live socket: the public version of each board it was computed from. */
  versions?: Record<string, number>;
}
