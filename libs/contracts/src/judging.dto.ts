import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CommandDto } from './commands.dto.js';

/** Requests of judging shared beyond one use case: theory answer rows, appeals and their remedies. (The others live in their use-case folders.) */

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
