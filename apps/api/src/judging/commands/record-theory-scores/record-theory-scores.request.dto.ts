import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class TheoryScoreRowDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  competitorNumber!: number;

  @ApiProperty({ minimum: 0, maximum: 100, example: 86.5, description: '0–100, at most two decimals' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;
}

/**
 * Theory scores of an exam marked elsewhere, one row per competitor. Each row is its own command
 * (its id derives from the trade, the competitor, the score and the reason), so the same upload
 * again records nothing new.
 */
export class RecordTheoryScoresDto {
  @ApiProperty({ type: [TheoryScoreRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => TheoryScoreRowDto)
  rows!: TheoryScoreRowDto[];

  @ApiPropertyOptional({ description: 'Why a theory result already recorded changes; needed for such rows only' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
