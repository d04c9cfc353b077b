import { ApiProperty, ApiPropertyOptional, getSchemaPath, PickType } from '@nestjs/swagger';
import { BoardRowView } from './board-views.dto.js';
import { AspectResultDto } from './results.dto.js';

/**
 * The answers of the judging read routes (GET /api/trades/:tradeId/…, /api/appeals, /api/medals):
 * score sheets, assignments, conflicts, corrections, agreement, previews, results, the medal table.
 */

const PRIZES = ['first', 'second', 'third'] as const;
type Prize = (typeof PRIZES)[number];
const ASPECT_STATUSES = ['unmarked', 'awaiting_panel', 'remark_requested', 'marked'] as const;
const PUBLICATION_STATUSES = ['provisional', 'official', 'final'] as const;

/** One judge's mark of an aspect. */
export class JudgeMarkView {
  @ApiProperty()
  judgeId!: string;

  @ApiProperty()
  mark!: number;
}

/** An aspect of a score sheet: what it is, where its marking stands, and the marks the viewer may see. */
export class SheetAspectView extends PickType(AspectResultDto, ['aspectId', 'type', 'description', 'maxMark'] as const) {
  @ApiPropertyOptional({ type: [String], minItems: 4, maxItems: 4, description: 'Judgement aspects: what each level 0–3 means' })
  descriptors?: string[];

  @ApiProperty({ enum: ASPECT_STATUSES })
  status!: (typeof ASPECT_STATUSES)[number];

  @ApiProperty({ type: Number, nullable: true, description: 'The aspect mark once marked, rounded half up to 0.01' })
  mark!: number | null;

  @ApiProperty({ description: 'The marking round: 1, then one more after each spread too wide' })
  round!: number;

  @ApiProperty({ type: Number, nullable: true, description: "The calling judge's own mark of this round" })
  myMark!: number | null;

  @ApiProperty({ description: 'How many marks of this round are in' })
  marksIn!: number;

  @ApiPropertyOptional({ type: [JudgeMarkView], description: "Every judge's mark, once the viewer may see them" })
  marks?: readonly JudgeMarkView[];

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'array', items: { $ref: getSchemaPath(JudgeMarkView) } },
    description: 'The rounds before a re-mark (organiser, arbitration, chief judge)',
  })
  earlierRounds?: ReadonlyArray<readonly JudgeMarkView[]>;
}

export class SheetModuleView {
  @ApiProperty()
  moduleId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  signedOff!: boolean;

  @ApiProperty({ type: [SheetAspectView] })
  aspects!: SheetAspectView[];
}

/** A competitor's score sheet as the viewer may see it (a judge: blind until the panel's marks are all in). */
export class ScoreSheetView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ description: 'The theory answer sheet is recorded' })
  theoryAnswered!: boolean;

  @ApiProperty({ type: Number, nullable: true, description: 'How long the practical took, once recorded' })
  completionSeconds!: number | null;

  @ApiProperty({ type: [SheetModuleView] })
  modules!: SheetModuleView[];
}

/** The aspects a judge is assigned to mark. */
export class MyAspectsView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  judgeId!: string;

  @ApiProperty({
    oneOf: [
      { type: 'string', enum: ['all'] },
      { type: 'array', items: { type: 'string' } },
    ],
    description: "'all' when the judge is assigned to no aspect in particular",
  })
  aspectIds!: 'all' | readonly string[];
}

export class ConflictView {
  @ApiProperty()
  judgeId!: string;

  @ApiProperty({ description: 'Why: the same employer, or the same city' })
  reason!: string;

  @ApiProperty({ type: String, nullable: true })
  substitutedBy!: string | null;

  @ApiProperty({ type: [String], description: 'Judges who may mark in their place' })
  substitutes!: string[];
}

/** Judges with a conflict of interest for a competitor, and who may substitute them. */
export class ConflictsView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ type: [ConflictView] })
  conflicted!: ConflictView[];
}

/** A request to correct a judge's mark, and what became of it. */
export class CorrectionView {
  @ApiProperty()
  correctionId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty()
  aspectId!: string;

  @ApiProperty()
  judgeId!: string;

  @ApiProperty()
  from!: number;

  @ApiProperty()
  to!: number;

  @ApiProperty()
  reason!: string;

  @ApiProperty()
  requestedBy!: string;

  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] })
  status!: 'pending' | 'approved' | 'rejected';

  @ApiPropertyOptional({ description: 'Why it was rejected' })
  rejection?: string;
}

/** A contestant's total, rank and prize, the total rounded half up to 0.01. */
export class ResultStandingView {
  @ApiProperty()
  total!: number;

  @ApiProperty({ type: Number, nullable: true })
  rank!: number | null;

  @ApiProperty({ enum: PRIZES, nullable: true })
  prize!: Prize | null;
}

/** A contestant's figures in a ranking, rounded half up to 0.01. */
export class RankedFiguresView extends ResultStandingView {
  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ type: Number, nullable: true })
  theory!: number | null;

  @ApiProperty()
  practical!: number;
}

export class ResultChangeView {
  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ type: ResultStandingView })
  before!: ResultStandingView;

  @ApiProperty({ type: ResultStandingView })
  after!: ResultStandingView;
}

/** What a correction or an appeal's remedy would change: the trade's ranking before and after, and who changes. */
export class ResultsPreviewView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ type: [RankedFiguresView] })
  before!: RankedFiguresView[];

  @ApiProperty({ type: [RankedFiguresView] })
  after!: RankedFiguresView[];

  @ApiProperty({ type: [ResultChangeView] })
  changes!: ResultChangeView[];
}

export class AspectAgreementView {
  @ApiProperty()
  aspectId!: string;

  @ApiProperty({ description: 'Contestants with at least one complete round of this aspect' })
  sheets!: number;

  @ApiProperty({ description: 'Of those, the sheets where a complete round had a spread > 1' })
  flagged!: number;

  @ApiProperty({ description: 'Complete rounds after the first: the re-marks' })
  remarks!: number;

  @ApiProperty()
  meanSpread!: number;

  @ApiProperty()
  maxSpread!: number;
}

export class JudgeAgreementView {
  @ApiProperty()
  judgeId!: string;

  @ApiProperty()
  marks!: number;

  @ApiProperty({ description: "Mean of the judge's level minus the panel's mean level; positive = lenient" })
  leniency!: number;

  @ApiProperty({ description: "Final-round marks more than 1 level from the panel's mean" })
  outliers!: number;
}

/** Judge agreement on the panel (judgement aspects). */
export class AgreementView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty({ enum: [3, 5] })
  panelSize!: 3 | 5;

  @ApiProperty({ type: [AspectAgreementView] })
  aspects!: AspectAgreementView[];

  @ApiProperty({ type: [JudgeAgreementView] })
  judges!: JudgeAgreementView[];

  @ApiProperty()
  flagged!: number;

  @ApiProperty()
  remarks!: number;
}

export class AspectScoreView {
  @ApiProperty()
  aspectId!: string;

  @ApiProperty({ enum: ASPECT_STATUSES })
  status!: (typeof ASPECT_STATUSES)[number];

  @ApiProperty({ type: Number, nullable: true })
  mark!: number | null;

  @ApiProperty({ type: String, nullable: true, description: '"numerator/denominator"' })
  exact!: string | null;
}

export class ResultRowView extends PickType(BoardRowView, [
  'competitorNumber',
  'name',
  'city',
  'theory',
  'practical',
  'total',
  'rank',
  'prize',
  'standardised',
  'progress',
] as const) {
  @ApiProperty({ type: String, nullable: true, description: 'The exact total ranks follow, "numerator/denominator"' })
  exactTotal!: string | null;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  status!: (typeof PUBLICATION_STATUSES)[number];

  @ApiProperty({ description: 'Medallion for Excellence (standardised ≥ 700)' })
  medallion!: boolean;

  @ApiProperty({ type: [String], enum: ['may_day_labour_medal', 'technical_expert'] })
  honours!: Array<'may_day_labour_medal' | 'technical_expert'>;

  @ApiPropertyOptional({ type: [AspectScoreView], description: "Each aspect: for the organiser, arbitration and the trade's chief judge" })
  aspects?: AspectScoreView[];
}

export class AuditCheckpointRefView {
  @ApiProperty()
  position!: number;

  @ApiProperty()
  hash!: string;
}

export class MissingTheoryView {
  @ApiProperty({ type: [Number] })
  competitorNumbers!: number[];

  @ApiProperty()
  reason!: string;
}

export class RoundingRuleView {
  @ApiProperty({ enum: ['half_up'] })
  mode!: 'half_up';

  @ApiProperty()
  places!: number;
}

export class PrizeRuleView {
  @ApiProperty({ enum: ['ratio', 'count'], description: 'ratio: percent of the ranked contestants; count: fixed numbers' })
  mode!: 'ratio' | 'count';

  @ApiProperty()
  first!: number;

  @ApiProperty()
  second!: number;

  @ApiProperty()
  third!: number;

  @ApiProperty({ enum: ['round_half_up', 'not_exceeding'] })
  cutOff!: 'round_half_up' | 'not_exceeding';
}

export class WeightsView {
  @ApiProperty()
  theory!: number;

  @ApiProperty()
  practical!: number;
}

/** The rules a trade's results follow (docs/results-rules.md). */
export class ResultsRulesView {
  @ApiProperty({ type: RoundingRuleView })
  rounding!: RoundingRuleView;

  @ApiProperty({ type: PrizeRuleView })
  prizes!: PrizeRuleView;

  @ApiProperty({ enum: ['in_order', 'sum'] })
  keyAspectComparison!: 'in_order' | 'sum';

  @ApiProperty({ type: WeightsView })
  weights!: WeightsView;
}

/** A trade's results: public as spectators see them (as of a freeze), live with each aspect for those who oversee it. */
export class TradeResultsView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: PUBLICATION_STATUSES })
  status!: (typeof PUBLICATION_STATUSES)[number];

  @ApiProperty()
  frozen!: boolean;

  @ApiProperty({ type: String, nullable: true })
  frozenAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  publishedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Until when contestants may appeal, once published' })
  appealsCloseAt!: string | null;

  @ApiProperty({ type: AuditCheckpointRefView, nullable: true })
  checkpoint!: AuditCheckpointRefView | null;

  @ApiProperty({
    type: MissingTheoryView,
    nullable: true,
    description: "Published without these present competitors' theory results, and why",
  })
  missingTheory!: MissingTheoryView | null;

  @ApiProperty({ description: "The board's version the rows come from" })
  version!: number;

  @ApiProperty({ type: ResultsRulesView })
  rules!: ResultsRulesView;

  @ApiProperty({ type: [ResultRowView] })
  rows!: ResultRowView[];
}

/** Prizes of one city. */
export class CityMedalsView {
  @ApiProperty()
  city!: string;

  @ApiProperty()
  cityName!: string;

  @ApiProperty()
  first!: number;

  @ApiProperty()
  second!: number;

  @ApiProperty()
  third!: number;

  @ApiProperty()
  total!: number;
}

export class TechShareView {
  @ApiProperty()
  prizes!: number;

  @ApiProperty()
  techBased!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'techBased / prizes; null without prizes' })
  share!: number | null;
}

export class TechSharesView {
  @ApiProperty({ type: TechShareView })
  first!: TechShareView;

  @ApiProperty({ type: TechShareView })
  second!: TechShareView;

  @ApiProperty({ type: TechShareView })
  third!: TechShareView;

  @ApiProperty({ type: TechShareView })
  all!: TechShareView;
}

/** The city medal table and the tech-based enterprises' share of prizes, over an event's trades or the contest's. */
export class MedalsView {
  @ApiProperty({ type: String, nullable: true, description: 'The event; null: the whole contest' })
  eventId!: string | null;

  @ApiProperty({ description: 'Trades with a board counted' })
  trades!: number;

  @ApiProperty({ type: [CityMedalsView] })
  cities!: CityMedalsView[];

  @ApiProperty({ type: TechSharesView })
  techShare!: TechSharesView;
}

export class RemedyView {
  @ApiProperty({ enum: ['remark', 'correction'] })
  kind!: 'remark' | 'correction';

  @ApiPropertyOptional({ type: [String], description: 'remark: the aspects to mark again' })
  aspectIds?: string[];

  @ApiPropertyOptional({ description: 'correction: the aspect' })
  aspectId?: string;

  @ApiPropertyOptional({ description: 'correction: whose mark' })
  judgeId?: string;

  @ApiPropertyOptional({ description: 'correction: the new mark' })
  mark?: number;
}

export class AppealDecisionView {
  @ApiProperty()
  appealId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ enum: ['upheld', 'rejected'] })
  decision!: 'upheld' | 'rejected';

  @ApiProperty()
  reasons!: string;

  @ApiProperty({ type: RemedyView, nullable: true })
  remedy!: RemedyView | null;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;
}

/** An appeal (申诉) and its decision once made. */
export class AppealView {
  @ApiProperty()
  appealId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ type: [String] })
  aspectIds!: string[];

  @ApiProperty()
  reason!: string;

  @ApiProperty({ description: 'The user who filed it' })
  filedBy!: string;

  @ApiProperty({ format: 'date-time' })
  filedAt!: string;

  @ApiProperty({ enum: ['pending', 'upheld', 'rejected'] })
  status!: 'pending' | 'upheld' | 'rejected';

  @ApiPropertyOptional({ type: AppealDecisionView })
  decision?: AppealDecisionView;
}

/** A judge on the trade's panel. */
export class PanelMemberView {
  @ApiProperty()
  judgeId!: string;

  @ApiProperty({ enum: ['chief_judge', 'judge'] })
  role!: 'chief_judge' | 'judge';

  @ApiProperty()
  username!: string;

  @ApiProperty()
  displayName!: string;
}

/** A competitor number drawn in the trade (judges never see names). */
export class CompetitorView {
  @ApiProperty()
  competitorNumber!: number;
}
