/**
 * The API's answers as the web app reads them: aliases of the types generated from the OpenAPI document
 * (`openapi.generated.ts`, made by `npm run api:types` and checked fresh by a test), the live socket's
 * payloads included (extra models of the document). What is written out here is not on the wire:
 * unions and lists the screens use, and helpers.
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

export type Role = UserProfile['role'];

/** Who logged in (POST /api/auth/login). */
export type UserProfile = Schemas['UserProfileView'];

/** A new access token and the refresh token that renews it once. */
export type TokenPair = Schemas['TokenPairView'];

export type LoginAnswer = Schemas['LoginAnswer'];

/** One of the province's cities (GET /api/catalogue/cities). */
export type City = Schemas['CityView'];

/** An event (赛事) with its trades (GET /api/catalogue/events). */
export type ContestEvent = Schemas['ContestEventView'];

/** A trade as the catalogue lists it, without its scheme (GET /api/catalogue/trades). */
export type TradeSummary = Schemas['TradeSummaryView'];

/** An edition (GET /api/catalogue/editions); the current one is the last. */
export type Edition = Schemas['EditionView'];

/** An aspect of the marking scheme. */
export type Aspect = Schemas['AspectView'];

/** A trade with its marking scheme (GET /api/catalogue/trades/:id). */
export type TradeDefinition = Schemas['TradeView'];

export const SKILL_LEVELS = ['none', 'level-5', 'level-4', 'level-3', 'level-2', 'level-1'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** An entry as the API shows it: ID numbers and phones masked. */
export type EntryView = Schemas['EntryView'];
export type EntryStatus = EntryView['status'];

// ---- live boards ----

/** A board row (the live socket's snapshots and deltas, GET /api/trades/:id/board). */
export type BoardRow = Schemas['BoardRowView'];
/** The award ceremony of a frozen board, while it runs: `step` of `total` results revealed, `revealed` the last one. */
export type BoardCeremony = Schemas['BoardCeremonyView'];
/** A board at `version` (a delta: only the rows that changed). */
export type BoardSnapshot = Schemas['BoardSnapshotView'];

export type Progress = BoardRow['progress'];
export type Prize = NonNullable<BoardRow['prize']>;
export type ResultStatus = TradeResults['status'];

export const PROGRESSES: readonly Progress[] = ['not_started', 'in_progress', 'practical_complete', 'complete', 'absent'];

export const progressOf = (row: BoardRow): Progress => row.progress;

// ---- judging ----

export type AspectStatus = SheetAspect['status'];

/** An aspect of a score sheet, with the marks the viewer may see. */
export type SheetAspect = Schemas['SheetAspectView'];

/** GET /api/trades/:id/agreement: judge agreement on the panel (judgement aspects). */
export type AgreementReport = Schemas['AgreementView'];

export type ScoreSheet = Schemas['ScoreSheetView'];

/** GET /api/trades/:id/my-aspects: the aspects assigned to the calling judge ('all' when none are). */
export type MyAspects = Schemas['MyAspectsView'];

export type ResultRow = Schemas['ResultRowView'];

export type TradeResults = Schemas['TradeResultsView'];

/** What approving a correction or upholding an appeal would change. */
export type Preview = Schemas['ResultsPreviewView'];
export type Change = Preview['changes'][number];

export type Correction = Schemas['CorrectionView'];

export type Appeal = Schemas['AppealView'];

export type PanelMember = Schemas['PanelMemberView'];

export type PublicDraw = Schemas['PublicDrawView'];

/** GET /api/medals and the live socket's `medals:update`: prizes per city and the tech-based enterprises' share. */
export type Medals = Schemas['MedalsView'] & { versions?: Schemas['LiveMedalsView']['versions'] };
export type CityMedals = Schemas['CityMedalsView'];
export type TechShareFigure = Schemas['TechShareView'];

/** An achievement (docs/achievements.md) as its applicant, city reviewer or the organiser reads it; ID numbers and phones masked. */
export type AchievementView = Schemas['AchievementView'];
/** An achievement in a list (no personal fields). */
export type AchievementSummaryView = Schemas['AchievementSummaryView'];
export type AttachmentView = Schemas['AttachmentView'];
export type AchievementDraftedAnswer = Schemas['AchievementDraftedAnswer'];
// The domain's own list, not a copy: the form offers exactly what the API accepts.
import { ACHIEVEMENT_CATEGORIES } from '../shared/domain';
export { ACHIEVEMENT_CATEGORIES };
export type AchievementCategory = (typeof ACHIEVEMENT_CATEGORIES)[number];
export const ACHIEVEMENT_STATUSES = ['draft', 'submitted', 'recommended', 'not_recommended', 'eligible', 'ineligible'] as const;
