import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CITY_IDS, type CityId } from '#domain';
import { CommandDto } from './commands.dto.js';

/** The catalogue workbook's upload report and the edition (docs/setting-up-an-edition.md). */

export class CatalogueRowResult {
  @ApiProperty({ enum: ['events', 'trades', 'scheme'] })
  sheet!: 'events' | 'trades' | 'scheme';

  @ApiProperty({ description: 'The row as the user sees it (the header is row 1)' })
  row!: number;

  @ApiProperty({ description: 'The event, trade or aspect id of the row' })
  id!: string;

  @ApiProperty({ enum: ['created', 'changed', 'unchanged', 'refused'] })
  status!: 'created' | 'changed' | 'unchanged' | 'refused';

  @ApiPropertyOptional({ description: 'The column at fault (its key, e.g. maxMark)' })
  column?: string;

  @ApiPropertyOptional({ description: 'The refusal code (libs/domain/src/shared/refusal-codes.ts): screens translate it' })
  code?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  params?: Record<string, string | number>;

  @ApiPropertyOptional({ description: 'The refusal in English' })
  message?: string;
}

export class CatalogueImportReport {
  @ApiProperty()
  file!: string;

  @ApiProperty({ type: [CatalogueRowResult], description: 'Every event and trade row, and every refused scheme row' })
  rows!: CatalogueRowResult[];

  @ApiProperty()
  created!: number;

  @ApiProperty()
  changed!: number;

  @ApiProperty()
  unchanged!: number;

  @ApiProperty()
  refused!: number;

  @ApiPropertyOptional({ type: [String], description: 'Header cells that name no column (ignored)' })
  ignoredColumns?: string[];
}

export class CreateEditionDto extends CommandDto {
  @ApiProperty({ example: 'lnsc-2027', description: 'The edition id: letters, digits and dashes' })
  @Matches(/^[a-z0-9][a-z0-9-]{2,40}$/)
  id!: string;

  @ApiProperty({ example: '2027年辽宁省职工职业技能大赛' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2999)
  year!: number;

  @ApiPropertyOptional({ example: '2027-05-10', description: 'First contest day' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  firstDay?: string;

  @ApiPropertyOptional({ example: '2027-10-31', description: 'Last contest day' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  lastDay?: string;

  @ApiPropertyOptional({ description: 'Registration closes at this instant (ISO 8601)' })
  @IsOptional()
  @IsISO8601()
  registrationClosesAt?: string;

  @ApiPropertyOptional({
    example: 'lnsc-2026',
    description:
      'An earlier edition to start from: its events and trades with their schemes and rules are copied (each trade with an id of its own, naming the earlier trade as its previous one)',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{2,40}$/)
  copyFrom?: string;
}

/** `?edition=`: an earlier edition's catalogue instead of the current one's. */
export class EditionQueryDto {
  @ApiPropertyOptional({ example: 'lnsc-2026', description: 'The edition; absent = the current edition' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{2,40}$/)
  edition?: string;
}

export class ReviseTradeDto extends CommandDto {
  @ApiProperty({ description: 'Why the trade changes (required after its draw)' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

export class ApproveRevisionDto extends CommandDto {
  @ApiProperty()
  @IsInt()
  @Min(2)
  version!: number;
}

export const STAFF_ROLES = ['organiser', 'city_reviewer', 'arbitration'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The organiser creates a staff account (a city's reviewer, the arbitration committee, another organiser): no password, a one-time activation code. */
export class CreateStaffDto extends CommandDto {
  @ApiProperty({ example: 'reviewer-shenyang' })
  @Matches(/^[a-z0-9][a-z0-9_-]{2,63}$/, { message: 'username must be 3–64 lowercase letters, digits, - or _' })
  username!: string;

  @ApiProperty({ example: '沈阳市总工会审核员' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES as unknown as string[])
  role!: StaffRole;

  @ApiPropertyOptional({ enum: CITY_IDS, description: "A city reviewer's city" })
  @IsOptional()
  @IsIn(CITY_IDS as unknown as string[])
  city?: CityId;
}
