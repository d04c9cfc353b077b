import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CITY_IDS, type CityId } from '#domain';

/** Bulk entry (a city's spreadsheet of entries) and the XLSX exports of the entries. */

/** How one spreadsheet row fared. */
export type BulkRowStatus = 'entered' | 'already_entered' | 'refused';

export interface BulkRowResult {
  /** 1-based row of the spreadsheet (the header row included in the count), as the user sees it. */
  row: number;
  status: BulkRowStatus;
  /** The entry the row is in (a team's rows share their captain's entry). */
  entryId?: string;
  /** Why the row was refused, or a note (e.g. which row is the team's captain). */
  message?: string;
  /** The field at fault, with the spreadsheet column's English name (`idNumber`, `phone`, `tradeId`, …). */
  field?: string;
  /** The refusal's (or note's) code and parameters (libs/domain/src/shared/refusal-codes.ts): screens say it in the user's language. */
  code?: string;
  params?: Record<string, unknown>;
  /** Every problem of the row, column by column, when there are several. */
  problems?: Array<{ field: string; code: string; params: Record<string, unknown> }>;
  /** The person of the row (as written in it), so that a report names who was, or was not, entered. */
  name?: string;
}

/** `POST /api/entries/bulk`: the file's result, row by row. The counts are of rows (a team has one row per person). */
export interface BulkUploadReport {
  file: string;
  rows: BulkRowResult[];
  entered: number;
  alreadyEntered: number;
  refused: number;
  /** Header cells that matched no known column (ignored). */
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
