import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CITY_IDS, type CityId } from '#domain';

/** Bulk entry (a city's spreadsheet of entries) and the XLSX exports of the entries. */

/** How one spreadsheet row fared. */
export type BulkRowStatus = 'entered' | 'already_entered' | 'refused';

export class BulkRowProblem {
  @ApiProperty()
  field!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  params!: Record<string, unknown>;
}

export class BulkRowResult {
  @ApiProperty({ description: '1-based row of the spreadsheet (the header row included in the count), as the user sees it' })
  row!: number;

  @ApiProperty({ enum: ['entered', 'already_entered', 'refused'] })
  status!: BulkRowStatus;

  @ApiPropertyOptional({ description: "The entry the row is in (a team's rows share their captain's entry)" })
  entryId?: string;

  @ApiPropertyOptional({ description: "Why the row was refused, or a note (e.g. which row is the team's captain)" })
  message?: string;

  @ApiPropertyOptional({ description: "The field at fault, with the spreadsheet column's English name (idNumber, phone, tradeId, …)" })
  field?: string;

  @ApiPropertyOptional({ description: "The refusal's (or note's) code (libs/domain/src/shared/refusal-codes.ts)" })
  code?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  params?: Record<string, unknown>;

  @ApiPropertyOptional({ type: [BulkRowProblem], description: 'Every problem of the row, column by column, when there are several' })
  problems?: BulkRowProblem[];

  @ApiPropertyOptional({ description: 'The person of the row (as written in it)' })
  name?: string;
}

/** `POST /api/entries/bulk`: the file's result, row by row. The counts are of rows (a team has one row per person). */
export class BulkUploadReport {
  @ApiProperty()
  file!: string;

  @ApiProperty({ type: [BulkRowResult] })
  rows!: BulkRowResult[];

  @ApiProperty()
  entered!: number;

  @ApiProperty()
  alreadyEntered!: number;

  @ApiProperty()
  refused!: number;

  @ApiPropertyOptional({ type: [String], description: 'Header cells that matched no known column (ignored)' })
  ignoredColumns?: string[];
}

export class ExportEntriesQueryDto {
  @ApiPropertyOptional({ description: 'Only this trade' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tradeId?: string;

  @ApiPropertyOptional({ enum: CITY_IDS, description: "Only this city (a city reviewer always gets its own city's)" })
  @IsOptional()
  @IsIn(CITY_IDS as unknown as string[])
  city?: CityId;
}

export class ExportTradeQueryDto {
  @ApiPropertyOptional({ description: 'Only this trade (all trades when left out)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  tradeId?: string;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
