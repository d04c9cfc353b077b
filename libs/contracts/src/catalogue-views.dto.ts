import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';

/** The answers of the public catalogue's read routes (GET /api/catalogue/…). */

/** One of the province's cities. */
export class CityView {
  @ApiProperty({ example: 'shenyang' })
  id!: string;

  @ApiProperty({ example: '沈阳' })
  name!: string;

  @ApiProperty({ example: 'Shenyang' })
  nameEn!: string;
}

/** An event (赛事) of the contest with its trades. */
export class ContestEventView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ example: '物联网技术应用' })
  name!: string;

  @ApiProperty()
  nameEn!: string;

  @ApiProperty({ example: 'iot' })
  category!: string;

  @ApiProperty()
  organisingUnit!: string;

  @ApiProperty()
  venue!: string;

  @ApiProperty({ example: '2026-06-18', description: 'ISO date of the contest day' })
  date!: string;

  @ApiPropertyOptional({
    enum: ['practical', 'achievement'],
    description: 'practical (absent = practical): a skills contest; achievement: a review of submitted achievements',
  })
  kind?: 'practical' | 'achievement';

  @ApiProperty({ type: [String] })
  tradeIds!: string[];
}

export class AgeWindowView {
  @ApiProperty()
  min!: number;

  @ApiProperty()
  max!: number;
}

/** A trade's registration rules; a rule left out does not apply. */
export class TradeRegistrationRulesView {
  @ApiPropertyOptional({ type: AgeWindowView })
  ageWindow?: AgeWindowView;

  @ApiPropertyOptional()
  quotaPerCity?: number;

  @ApiPropertyOptional()
  noFirstPrizeInLastEditions?: number;
}

export class TradeWeightsView {
  @ApiProperty()
  theory!: number;

  @ApiProperty()
  practical!: number;
}

/** Conflict of interest (回避): always the same employer; also the same city when `sameCity`. */
export class ConflictOfInterestView {
  @ApiProperty()
  sameCity!: boolean;
}

/** A trade (工种) as the catalogue lists it: without its marking scheme and without the theory answer key. */
export class TradeSummaryView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ description: 'The edition the trade belongs to' })
  contestId!: string;

  @ApiPropertyOptional({ description: 'The same trade in the previous edition' })
  previousTradeId?: string;

  @ApiProperty()
  eventId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  nameEn!: string;

  @ApiProperty({ enum: [1, 2, 3], description: '1 for individual trades, 2–3 for team trades' })
  teamSize!: 1 | 2 | 3;

  @ApiProperty({ type: TradeWeightsView })
  weights!: TradeWeightsView;

  @ApiProperty({ enum: [3, 5] })
  panelSize!: 3 | 5;

  @ApiProperty()
  trimmedMean!: boolean;

  @ApiProperty({ type: [String] })
  keyAspectIds!: readonly string[];

  @ApiPropertyOptional({ type: TradeRegistrationRulesView })
  registration?: TradeRegistrationRulesView;

  @ApiPropertyOptional({ type: ConflictOfInterestView })
  conflictOfInterest?: ConflictOfInterestView;

  @ApiProperty({ description: 'How many aspects the marking scheme has' })
  aspectCount!: number;

  @ApiProperty()
  lotsDrawn!: boolean;
}

export class ContestDaysView {
  @ApiProperty({ example: '2026-06-18' })
  first!: string;

  @ApiProperty({ example: '2026-06-20' })
  last!: string;
}

/** The contest edition (GET /api/catalogue/contest). */
export class ContestView {
  @ApiProperty()
  contestId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ description: "True for the generated demo catalogue: not a real contest's data" })
  demo!: boolean;

  @ApiPropertyOptional({ type: ContestDaysView, description: 'The contest days, once the organiser has set them' })
  days?: ContestDaysView;
}

/** An edition as GET /api/catalogue/editions lists it; the current one is the last. */
export class EditionView extends ContestView {
  @ApiProperty()
  current!: boolean;
}

/** An aspect of the marking scheme. */
export class AspectView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: ['measurement', 'judgement'] })
  type!: 'measurement' | 'judgement';

  @ApiProperty()
  description!: string;

  @ApiProperty()
  maxMark!: number;

  @ApiPropertyOptional({ type: [String], minItems: 4, maxItems: 4, description: 'Judgement aspects: what each level 0–3 means' })
  descriptors?: readonly string[];

  @ApiPropertyOptional({ description: 'The contest day (1, 2, …) the aspect is marked on' })
  markingDay?: number;
}

/** A sub-criterion (module) of the marking scheme. */
export class SubCriterionView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: [AspectView] })
  aspects!: readonly AspectView[];
}

export class MarkingSchemeView {
  @ApiProperty({ type: [SubCriterionView] })
  subCriteria!: readonly SubCriterionView[];
}

export class TheorySummaryView {
  @ApiProperty({ description: 'How many questions the exam has (the answer key is never public)' })
  questions!: number;
}

/** One version of a trade's definition: 1 when defined, then each revision (or the one proposed), with who, when and why. */
export class TradeVersionView {
  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ description: 'The user who made it' })
  by!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ description: 'How many aspects the scheme has in this version' })
  aspects!: number;
}

const POLICY = { type: 'object', additionalProperties: true } as const;

/** One trade with its marking scheme (GET /api/catalogue/trades/:tradeId): never the theory answer key. */
export class TradeView extends OmitType(TradeSummaryView, ['aspectCount'] as const) {
  @ApiPropertyOptional({ enum: ['in_order', 'sum'], description: 'How the key aspects break a tie (absent: in_order)' })
  keyAspectComparison?: 'in_order' | 'sum';

  @ApiProperty({ type: MarkingSchemeView })
  scheme!: MarkingSchemeView;

  @ApiPropertyOptional({ description: 'Workstations in the hall: the draw fills sessions of this many competitors' })
  workstations?: number;

  @ApiProperty({ type: TheorySummaryView, nullable: true, description: 'Null while the trade has no theory exam' })
  theory!: TheorySummaryView | null;

  @ApiPropertyOptional({ ...POLICY, description: 'Prizes by ratio or fixed counts (docs/results-rules.md)' })
  prizes?: object;

  @ApiPropertyOptional({ ...POLICY, description: "When the trade's winner may be recommended for honours" })
  honours?: object;

  @ApiPropertyOptional({ ...POLICY, description: 'The optional standardised scale' })
  standardisation?: object;

  @ApiPropertyOptional({ description: 'Minutes after publication during which a contestant may appeal (absent: 120)' })
  appealWindowMinutes?: number;

  @ApiPropertyOptional({ description: 'Working days of publicity (公示) before results are final (absent: 5)' })
  publicityWorkingDays?: number;

  @ApiProperty({ type: [TradeVersionView] })
  versions!: TradeVersionView[];

  @ApiProperty({ type: TradeVersionView, nullable: true, description: "A revision waiting for the chief judge's approval" })
  pendingRevision!: TradeVersionView | null;
}
