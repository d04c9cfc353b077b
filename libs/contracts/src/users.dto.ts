import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CITY_IDS, type CityId } from '#domain';
import { CommandDto } from './commands.dto.js';

export const JUDGE_ROLES = ['judge', 'chief_judge'] as const;
export type JudgeRole = (typeof JUDGE_ROLES)[number];

/** A judge's employer: for conflict-of-interest checks (a judge never marks a colleague). */
export class JudgeEmployerDto {
  @ApiProperty({ example: '沈阳机床股份有限公司' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({
    example: '91350100M000100Y43',
    description: 'Unified social credit code (GB 32100), 18 characters with a valid check character',
  })
  @IsString()
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: 'employer.creditCode must be 18 characters of the GB 32100 alphabet' })
  creditCode!: string;
}

/** The organiser creates a judge or chief judge account; panels are assigned afterwards (POST /api/trades/:id/judges). */
export class CreateJudgeDto extends CommandDto {
  @ApiProperty({ example: 'judge-liu-wei', description: '3–64 lowercase letters, digits, - or _' })
  @Matches(/^[a-z0-9][a-z0-9_-]{2,63}$/, { message: 'username must be 3–64 lowercase letters, digits, - or _' })
  username!: string;

  @ApiProperty({ example: '刘伟' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName!: string;

  @ApiProperty({ minLength: 8, description: 'The initial password; handed to the judge by the organiser' })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: JUDGE_ROLES })
  @IsIn(JUDGE_ROLES as unknown as string[])
  role!: JudgeRole;

  @ApiProperty({ type: JudgeEmployerDto })
  @ValidateNested()
  @Type(() => JudgeEmployerDto)
  employer!: JudgeEmployerDto;

  @ApiProperty({ enum: CITY_IDS, description: "The judge's city, for conflict-of-interest checks" })
  @IsIn(CITY_IDS as unknown as string[])
  city!: CityId;

  @ApiProperty({ type: [String], minItems: 1, description: 'The trades the judge serves; each must exist' })
  @IsArray()
  @ArrayMinSize(1, { message: 'tradeIds needs at least one trade' })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  tradeIds!: string[];
}

export class JudgesQueryDto {
  @ApiPropertyOptional({ description: 'Only the judges who serve this trade' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  tradeId?: string;
}

/** A judge account as the organiser sees it: never a password hash. */
export interface JudgeAccountView {
  userId: string;
  username: string;
  displayName: string;
  role: JudgeRole;
  city?: CityId;
  employer?: { name: string; creditCode: string };
  tradeIds: string[];
  /** The panels the judge sits on now. */
  panels: Array<{ tradeId: string; role: JudgeRole }>;
}
