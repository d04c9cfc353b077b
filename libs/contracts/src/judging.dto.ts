import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_COMPLETION_SECONDS } from '#domain';
import { CommandDto } from './commands.dto.js';

/** Requests of the judging and results issue: panels, sheets, corrections, sign-off, appeals, publication. */

/** One aspect of one competitor's sheet. */
export class AspectLeaseDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  competitorNumber!: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  aspectId!: string;
}

export class SubmitMarkDto extends IntersectionType(CommandDto, AspectLeaseDto) {
  @ApiProperty({ description: 'Judgement: a level 0–3. Measurement: 0 to the max mark, two decimals at most.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  mark!: number;
}

export class AssignAspectsDto extends CommandDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  judgeId!: string;

  @ApiProperty({ type: [String], description: 'The aspects this judge marks (a module = all aspects of a sub-criterion)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  aspectIds!: string[];
}

export class SubstituteJudgeDto extends CommandDto {
  @ApiProperty({ description: 'The judge with a conflict of interest' })
  @IsString()
  @IsNotEmpty()
  judgeId!: string;

  @ApiProperty({ description: 'The judge who marks in their place' })
  @IsString()
  @IsNotEmpty()
  substituteId!: string;
}

export class RequestCorrectionDto extends IntersectionType(CommandDto, AspectLeaseDto) {
  @ApiProperty({ description: 'Whose mark is corrected' })
  @IsString()
  @IsNotEmpty()
  judgeId!: string;

  @ApiProperty({ description: 'The corrected mark' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  mark!: number;

  @ApiProperty({ example: 'Entered on the wrong competitor' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class RejectDto extends CommandDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class SignOffDto extends CommandDto {
  @ApiProperty({ description: 'A module: a sub-criterion of the marking scheme' })
  @IsString()
  @IsNotEmpty()
  moduleId!: string;
}

export class CompletionTimeDto extends CommandDto {
  @ApiProperty({
    minimum: 1,
    maximum: MAX_COMPLETION_SECONDS,
    example: 10_830,
    description: 'How long the practical took, in whole seconds',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_COMPLETION_SECONDS)
  completionSeconds!: number;

  @ApiPropertyOptional({ description: 'Why a recorded time changes (required for a change, not for the first time)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class TheoryAnswersRowDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  competitorNumber!: number;

  @ApiProperty({ example: 'ABCDA…', description: 'One letter per question, or answers separated by commas, | or spaces' })
  @IsString()
  @MaxLength(5000)
  answers!: string;
}

export class TheoryAnswersDto {
  @ApiProperty({ type: [TheoryAnswersRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => TheoryAnswersRowDto)
  rows!: TheoryAnswersRowDto[];

  @ApiPropertyOptional({ description: 'Why answers already recorded (or scores entered) are replaced; needed for such rows only' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RemedyDto {
  @ApiProperty({ enum: ['remark', 'correction'] })
  @IsIn(['remark', 'correction'])
  kind!: 'remark' | 'correction';

  @ApiPropertyOptional({ type: [String], description: 'remark: the aspects to mark again' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  aspectIds?: string[];

  @ApiPropertyOptional({ description: 'correction: the aspect' })
  @IsOptional()
  @IsString()
  aspectId?: string;

  @ApiPropertyOptional({ description: 'correction: whose mark' })
  @IsOptional()
  @IsString()
  judgeId?: string;

  @ApiPropertyOptional({ description: 'correction: the new mark' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  mark?: number;
}

export class FileAppealDto extends CommandDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  tradeId!: string;

  @ApiPropertyOptional({ type: [String], description: 'The aspects the appeal is about' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  aspectIds?: string[];

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class AppealPreviewDto {
  @ApiProperty({ type: RemedyDto })
  @ValidateNested()
  @Type(() => RemedyDto)
  remedy!: RemedyDto;
}

export class DecideAppealDto extends CommandDto {
  @ApiProperty({ enum: ['upheld', 'rejected'] })
  @IsIn(['upheld', 'rejected'])
  decision!: 'upheld' | 'rejected';

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reasons!: string;

  @ApiPropertyOptional({ type: RemedyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RemedyDto)
  remedy?: RemedyDto;
}

export class AppealsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  tradeId?: string;
}
