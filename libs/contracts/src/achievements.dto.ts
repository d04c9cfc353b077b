import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACHIEVEMENT_CATEGORIES, CITY_IDS, MAX_ACHIEVEMENT_TEAM, type AchievementCategory, type CityId } from '#domain';
import { CommandDto } from './commands.dto.js';

/** Achievement reviews (docs/achievements.md): the applicant's draft, its attachments, the reviews by city and province. */

export class AchievementMemberDto {
  @ApiProperty({ example: '王建国' })
  @IsString()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ example: '21010219800312123X', description: 'Resident ID number (GB 11643). Personal data: sealed, never public.' })
  @Matches(/^\d{17}[\dX]$/, { message: 'idNumber must be 17 digits followed by a digit or X' })
  idNumber!: string;

  @ApiProperty({ example: '13800138000', description: 'Mobile number. Personal data: sealed, never public.' })
  @Matches(/^1[3-9]\d{9}$/, { message: 'phone must be an 11-digit mainland mobile number' })
  phone!: string;

  @ApiPropertyOptional({ example: '沈阳机床集团', description: 'Employer (工作单位); a member has an employer or a university' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  employer?: string;

  @ApiPropertyOptional({ example: '东北大学', description: 'University (所在高校)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  university?: string;
}

export class DeclaredBenefitDto {
  @ApiProperty({ example: '年节约废品损失' })
  @IsString()
  @MaxLength(200)
  description!: string;

  @ApiProperty({ example: 126.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  figure!: number;

  @ApiProperty({ example: '万元/年' })
  @IsString()
  @MaxLength(20)
  unit!: string;
}

export class AchievementDraftDto extends CommandDto {
  @ApiProperty({ example: '数控机床主轴热变形补偿装置' })
  @IsString()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: ACHIEVEMENT_CATEGORIES, description: '技术创新 · 管理创新 · 五小 · 质量管理小组 · 先进操作法 · 高校成果转化' })
  @IsIn(ACHIEVEMENT_CATEGORIES as unknown as string[])
  category!: AchievementCategory;

  @ApiProperty({ description: 'What it is and what it changed, at most 5,000 characters' })
  @IsString()
  @MaxLength(5000)
  summary!: string;

  @ApiProperty({ type: [AchievementMemberDto], description: `The team, the applicant first: 1 to ${MAX_ACHIEVEMENT_TEAM} people` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ACHIEVEMENT_TEAM)
  @ValidateNested({ each: true })
  @Type(() => AchievementMemberDto)
  members!: AchievementMemberDto[];

  @ApiProperty({ type: [DeclaredBenefitDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DeclaredBenefitDto)
  benefits!: DeclaredBenefitDto[];
}

export class DraftAchievementDto extends AchievementDraftDto {
  @ApiProperty({ description: 'A trade of an achievement review' })
  @IsString()
  @MaxLength(100)
  tradeId!: string;

  @ApiProperty({ enum: CITY_IDS, description: 'The city whose union recommends the achievement' })
  @IsIn(CITY_IDS as unknown as string[])
  city!: CityId;
}

export class AchievementVideoLinkDto extends CommandDto {
  @ApiProperty({ example: 'https://video.example.cn/v/123', description: 'An https address' })
  @IsString()
  @MaxLength(500)
  url!: string;

  @ApiProperty({ example: '演示视频' })
  @IsString()
  @MaxLength(100)
  title!: string;
}

export class SubmissionDeadlineDto extends CommandDto {
  @ApiProperty({ example: '2026-09-30T23:59:59+08:00', description: 'After this instant no draft, attachment or submission is accepted' })
  @IsISO8601({ strict: true }, { message: 'closesAt must be an ISO 8601 date and time' })
  closesAt!: string;
}

/** A new achievement: its id derives from the commandId. */
export class AchievementDraftedAnswer {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty()
  duplicate!: boolean;
}

export class AttachmentView {
  @ApiProperty()
  attachmentId!: string;

  @ApiProperty({ enum: ['file', 'link'] })
  kind!: 'file' | 'link';

  @ApiPropertyOptional()
  filename?: string;

  @ApiPropertyOptional({ enum: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'video/mp4', 'video/webm'] })
  mediaType?: string;

  @ApiPropertyOptional()
  bytes?: number;

  @ApiPropertyOptional({ description: 'SHA-256 of the file, recorded in the event: a changed file is detected' })
  sha256?: string;

  @ApiPropertyOptional()
  url?: string;

  @ApiPropertyOptional()
  title?: string;
}

/** An attachment added: what the server measured from the bytes. */
export class AttachmentAddedAnswer {
  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty()
  duplicate!: boolean;

  @ApiProperty({ type: AttachmentView })
  attachment!: AttachmentView;
}

export class AchievementMemberView {
  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'Masked' })
  idNumber!: string;

  @ApiProperty({ description: 'Masked' })
  phone!: string;

  @ApiPropertyOptional()
  employer?: string;

  @ApiPropertyOptional()
  university?: string;
}

export class DeclaredBenefitView {
  @ApiProperty()
  description!: string;

  @ApiProperty()
  figure!: number;

  @ApiProperty()
  unit!: string;
}

/** An achievement as its applicant, its city's reviewer or the organiser sees it: ID numbers and phones masked. */
export class AchievementView {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  city!: string;

  @ApiProperty({ enum: ['draft', 'submitted', 'recommended', 'not_recommended', 'eligible', 'ineligible'] })
  status!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: [AchievementMemberView] })
  members!: AchievementMemberView[];

  @ApiProperty({ type: [DeclaredBenefitView] })
  benefits!: DeclaredBenefitView[];

  @ApiProperty({ type: [AttachmentView] })
  attachments!: AttachmentView[];

  @ApiPropertyOptional({ format: 'date-time' })
  submittedAt?: string;
}

export class AttachmentIntegrityView {
  @ApiProperty()
  attachmentId!: string;

  @ApiProperty()
  sha256!: string;

  @ApiProperty({ description: 'False when the file on disk is missing or its SHA-256 is not the one recorded' })
  intact!: boolean;
}

/** An achievement's review decision (city or province): where it landed. */
export class AchievementDecisionAnswer {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty()
  position!: number;
}

const ACHIEVEMENT_STATUSES = ['draft', 'submitted', 'recommended', 'not_recommended', 'eligible', 'ineligible'] as const;

export class AchievementsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tradeId?: string;

  @ApiPropertyOptional({ enum: CITY_IDS, description: "The organiser's filter; a city reviewer always sees its own city" })
  @IsOptional()
  @IsIn(CITY_IDS as unknown as string[])
  city?: CityId;

  @ApiPropertyOptional({ enum: ACHIEVEMENT_STATUSES.filter((s) => s !== 'draft') })
  @IsOptional()
  @IsIn(ACHIEVEMENT_STATUSES.filter((s) => s !== 'draft'))
  status?: Exclude<(typeof ACHIEVEMENT_STATUSES)[number], 'draft'>;
}

export class AchievementTeamMemberView {
  @ApiProperty()
  name!: string;

  @ApiPropertyOptional()
  employer?: string;

  @ApiPropertyOptional()
  university?: string;
}

/** An achievement in a list: no ID numbers or phones. */
export class AchievementSummaryView {
  @ApiProperty()
  achievementId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  city!: string;

  @ApiProperty({ enum: ACHIEVEMENT_STATUSES })
  status!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty({ type: [AchievementTeamMemberView] })
  team!: AchievementTeamMemberView[];

  @ApiProperty({ description: 'How many attachments (files and links)' })
  attachments!: number;

  @ApiPropertyOptional({ format: 'date-time' })
  submittedAt?: string;

  @ApiPropertyOptional({ description: "The reason of the city's or the province's no" })
  reason?: string;
}
