import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_CRITERIA, REVIEW_SCORE_MAX } from '#domain';
import { AttachmentView, DeclaredBenefitView, AchievementTeamMemberView } from './achievements.dto.js';
import { CommandDto, ReasonedCommandDto } from './commands.dto.js';

/** The expert review of a review trade (docs/achievements.md, 综合评审). */

export class ReviewCriterionDto {
  @ApiProperty({ example: 'leading', description: 'Stable id of the criterion' })
  @Matches(/^[a-z][a-z0-9_-]{0,31}$/, { message: 'id is 1–32 lowercase letters, digits, - or _' })
  id!: string;

  @ApiProperty({ example: '领先性' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ example: 30, description: 'Whole weight ≥ 1; the weighted score is Σ weight·score ÷ Σ weight' })
  @IsInt()
  @Min(1)
  @Max(1000)
  weight!: number;
}

class ReviewSettingsFields extends CommandDto {
  @ApiProperty({ example: 3, description: 'N: experts per submission' })
  @IsInt()
  @Min(1)
  @Max(50)
  expertsPerSubmission!: number;

  @ApiProperty({ example: 10, description: 'M: most submissions per expert' })
  @IsInt()
  @Min(1)
  @Max(1000)
  maxPerExpert!: number;

  @ApiProperty({ type: [ReviewCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => ReviewCriterionDto)
  criteria!: ReviewCriterionDto[];

  @ApiProperty({ example: 15, description: 'Weighted scores further apart than this (points of 100) flag a discussion' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(REVIEW_SCORE_MAX)
  spreadThreshold!: number;

  @ApiProperty({ description: "Experts do not see the applicants' names and employers" })
  @IsBoolean()
  blind!: boolean;

  @ApiProperty({ description: "An expert of the submission's city is in conflict too" })
  @IsBoolean()
  sameCityConflict!: boolean;
}

export class ExpertReviewSettingsDto extends ReviewSettingsFields {}

export class ReviewCriterionView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  weight!: number;
}

export class ExpertReviewSettingsView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  expertsPerSubmission!: number;

  @ApiProperty()
  maxPerExpert!: number;

  @ApiProperty({ type: [ReviewCriterionView] })
  criteria!: ReviewCriterionView[];

  @ApiProperty()
  spreadThreshold!: number;

  @ApiProperty()
  blind!: boolean;

  @ApiProperty()
  sameCityConflict!: boolean;

  @ApiProperty({ description: 'False while the defaults apply (the organiser has set none)' })
  explicit!: boolean;

  @ApiProperty({ description: 'True once the experts are assigned: the settings no longer change' })
  locked!: boolean;

  @ApiProperty({ description: 'Scores per criterion are whole numbers from 0 to this' })
  scoreMax!: number;
}

export class ExpertAssignmentRowView {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty({ type: [String] })
  expertIds!: string[];
}

export class ExpertShortfallView {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty({ description: 'How many experts it lacks under the rules' })
  missing!: number;
}

/** The assignment as recorded, and what it could not fill. */
export class ExpertAssignmentAnswer {
  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty()
  duplicate!: boolean;

  @ApiProperty({ type: [ExpertAssignmentRowView] })
  assignments!: ExpertAssignmentRowView[];

  @ApiProperty({ type: [ExpertShortfallView] })
  shortfall!: ExpertShortfallView[];
}

export class AdjustExpertAssignmentDto extends ReasonedCommandDto {
  @ApiPropertyOptional({ description: 'The expert taken off; omitted to fill a slot the assignment left short' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  fromExpertId?: string;

  @ApiProperty({ description: "The expert put on (an expert's user id)" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  toExpertId!: string;
}

export class CriterionScoreDto {
  @ApiProperty({ example: 'leading' })
  @IsString()
  @MaxLength(32)
  criterionId!: string;

  @ApiProperty({ example: 85, description: `Whole number 0–${REVIEW_SCORE_MAX}` })
  @IsInt()
  @Min(0)
  @Max(REVIEW_SCORE_MAX)
  score!: number;
}

export class ScoreAchievementDto extends CommandDto {
  @ApiProperty({ type: [CriterionScoreDto], description: 'One score per criterion of the trade' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CRITERIA)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @ApiProperty({ description: 'The written comment (评语)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  comment!: string;
}

export class ReviewDiscussionDto extends CommandDto {
  @ApiProperty({ description: 'What the discussion said; the experts then re-score' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  discussion!: string;
}

export class CriterionScoreView {
  @ApiProperty()
  criterionId!: string;

  @ApiProperty()
  score!: number;
}

export class ExpertScoreView {
  @ApiProperty()
  expertId!: string;

  @ApiProperty()
  expertName!: string;

  @ApiProperty()
  round!: number;

  @ApiProperty({ type: [CriterionScoreView] })
  scores!: CriterionScoreView[];

  @ApiProperty()
  comment!: string;

  @ApiProperty({ description: 'Σ weight·score ÷ Σ weight, exact: "numerator/denominator"' })
  weighted!: string;

  @ApiProperty({ description: 'The weighted score rounded half up to two places' })
  weightedFigure!: number;
}

export class ReviewDiscussionView {
  @ApiProperty()
  round!: number;

  @ApiProperty()
  discussion!: string;
}

export class ReviewExpertView {
  @ApiProperty()
  expertId!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ description: 'Scored in the current round' })
  scored!: boolean;
}

/** A submission's review as the organiser follows it. */
export class AchievementReviewView {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  city!: string;

  @ApiProperty({ type: [ReviewExpertView] })
  experts!: ReviewExpertView[];

  @ApiProperty({ description: '1, then 2… after each discussion' })
  round!: number;

  @ApiProperty({ enum: ['in_review', 'flagged', 'settled'], description: 'flagged: the spread is beyond the threshold' })
  status!: string;

  @ApiPropertyOptional({ description: "Mean of the experts' latest weighted scores, exact" })
  reviewScore?: string;

  @ApiPropertyOptional({ description: 'The review score rounded half up to two places' })
  reviewFigure?: number;

  @ApiProperty({ type: [ReviewDiscussionView] })
  discussions!: ReviewDiscussionView[];
}

/** One assignment as its expert sees it. */
export class MyExpertReviewView {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  round!: number;

  @ApiProperty({ enum: ['in_review', 'flagged', 'settled'] })
  status!: string;

  @ApiProperty({ description: 'The expert has scored the current round' })
  scored!: boolean;
}

/** A submission as its assigned expert reads it: blind = no names nor employers; never ID numbers or phones. */
export class ExpertSubmissionView {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty()
  city!: string;

  @ApiProperty({ type: [DeclaredBenefitView] })
  benefits!: DeclaredBenefitView[];

  @ApiProperty({ type: [AttachmentView] })
  attachments!: AttachmentView[];

  @ApiProperty()
  blind!: boolean;

  @ApiProperty()
  teamSize!: number;

  @ApiPropertyOptional({ type: [AchievementTeamMemberView], description: 'Absent when the review is blind' })
  team?: AchievementTeamMemberView[];

  @ApiProperty({ type: [ReviewCriterionView] })
  criteria!: ReviewCriterionView[];

  @ApiProperty()
  scoreMax!: number;

  @ApiProperty()
  round!: number;

  @ApiProperty({ enum: ['in_review', 'flagged', 'settled'] })
  status!: string;

  @ApiProperty({ type: [ExpertScoreView], description: "The expert's own scores, every round" })
  myScores!: ExpertScoreView[];
}
