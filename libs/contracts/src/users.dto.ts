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

  @ApiPropertyOptional({
    minLength: 8,
    description:
      'An initial password handed to the judge by the organiser; without one the account waits for its activation with a one-time code (credential slip)',
  })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ example: '210102198003071234', description: 'Resident ID number: personal data, encrypted, masked on screens' })
  @IsOptional()
  @Matches(/^\d{17}[\dX]$/, { message: 'idNumber must be 17 digits followed by a digit or X' })
  idNumber?: string;

  @ApiPropertyOptional({ example: '13800138000', description: 'Mobile phone: personal data, encrypted, masked on screens' })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: 'phone must be a mainland mobile number of 11 digits' })
  phone?: string;

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

/** Who an account is: its id and names (the base of the answers about an account). */
export class AccountNamesView {
  @ApiProperty()
  userId!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty()
  displayName!: string;
}

/** One slip: who, and the code that works once until `expiresAt`. */
export class CredentialSlip extends AccountNamesView {
  @ApiProperty({ enum: JUDGE_ROLES })
  role!: JudgeRole;

  @ApiProperty({ type: [String] })
  tradeIds!: string[];

  @ApiProperty({ nullable: true, type: String, description: 'Null when the account is already active (no code issued)' })
  code!: string | null;

  @ApiProperty({ nullable: true, type: String })
  expiresAt!: string | null;
}

export class CredentialSlips {
  @ApiProperty({ type: [CredentialSlip] })
  slips!: CredentialSlip[];
}

/** How putting an imported judge on a trade's panel fared. */
export class JudgeImportPanel {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty({ enum: ['assigned', 'unchanged', 'refused'] })
  status!: 'assigned' | 'unchanged' | 'refused';

  @ApiPropertyOptional()
  message?: string;

  @ApiPropertyOptional()
  code?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  params?: Record<string, unknown>;
}

/** How one judge's row of an import fared, and the panels it was put on. */
export class JudgeImportRow {
  @ApiProperty({ description: 'The spreadsheet row, 1-based (the header row counted)' })
  row!: number;

  @ApiProperty({ enum: ['created', 'unchanged', 'refused'] })
  status!: 'created' | 'unchanged' | 'refused';

  @ApiPropertyOptional()
  userId?: string;

  @ApiPropertyOptional()
  username?: string;

  @ApiPropertyOptional({ description: 'Why the row was refused' })
  message?: string;

  @ApiPropertyOptional({ description: 'The column at fault' })
  field?: string;

  @ApiPropertyOptional({ description: 'The refusal code (libs/domain/src/shared/refusal-codes.ts)' })
  code?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "The refusal's parameters" })
  params?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [JudgeImportPanel], description: 'The panels of the row (when its panel column says yes)' })
  panels?: JudgeImportPanel[];
}

export class JudgeImportReport {
  @ApiProperty()
  file!: string;

  @ApiProperty({ type: [JudgeImportRow] })
  rows!: JudgeImportRow[];

  @ApiProperty()
  created!: number;

  @ApiProperty()
  unchanged!: number;

  @ApiProperty()
  refused!: number;
}

/** The account is active: log in with the password just set. */
export class ActivationAnswer {
  @ApiProperty()
  userId!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty()
  position!: number;
}
