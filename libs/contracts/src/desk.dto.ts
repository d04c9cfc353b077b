import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { CITY_IDS, type CityId } from '#domain';

/** The contest desk: one row per trade, for the organiser who keeps it open all day. */

/** Where a trade stands, in the order a trade goes through them. */
export const DESK_STAGES = ['registration', 'drawn', 'marking', 'signed_off', 'published'] as const;
export type DeskStage = (typeof DESK_STAGES)[number];

export class DeskEntries {
  @ApiProperty({ description: 'Waiting for the city' })
  submitted!: number;

  @ApiProperty({ description: 'Approved by the city, waiting for the province' })
  approved!: number;

  @ApiProperty({ description: 'Confirmed by the province' })
  confirmed!: number;

  @ApiProperty({ description: 'Rejected by the city or the province, or withdrawn' })
  closed!: number;
}

export class DeskRow {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  eventId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  nameEn!: string;

  @ApiProperty({ enum: DESK_STAGES })
  stage!: DeskStage;

  @ApiProperty({ type: DeskEntries })
  entries!: DeskEntries;

  @ApiProperty({ description: 'The commitment to the seed is published' })
  drawCommitted!: boolean;

  @ApiProperty({ description: 'Competitors drawn (0 before the draw)' })
  competitors!: number;

  @ApiProperty()
  checkedIn!: number;

  @ApiProperty()
  checkInClosed!: boolean;

  @ApiProperty()
  absent!: number;

  @ApiProperty({ description: 'Aspects marked over every present competitor, as the scoring jobs counted them' })
  markedAspects!: number;

  @ApiProperty({ description: 'Aspects to mark over every present competitor' })
  totalAspects!: number;

  @ApiProperty({ description: 'Present competitors with every aspect marked' })
  marked!: number;

  @ApiProperty({ description: 'Corrections waiting for the chief judge' })
  pendingCorrections!: number;

  @ApiProperty({ description: 'Aspects being marked again (a spread over one level, or an upheld appeal)' })
  openRemarks!: number;

  @ApiProperty({ description: 'Present competitors with every module signed off' })
  signedOff!: number;

  @ApiProperty({ description: 'Present competitors with a theory result' })
  theoryRecorded!: number;

  @ApiProperty({ description: 'Percent weight of the theory exam' })
  theoryWeight!: number;

  @ApiProperty()
  frozen!: boolean;

  @ApiProperty({ nullable: true, type: String })
  publishedAt!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Appeals are accepted until then' })
  appealsCloseAt!: string | null;

  @ApiProperty({ description: 'Appeals filed and not yet decided' })
  pendingAppeals!: number;

  @ApiProperty({ description: 'Store position of the last event that changed the row' })
  changedAt!: number;
}

export class DeskView {
  @ApiProperty({ description: 'Store position the desk reflects: pass it as `since` to get only the rows changed after it' })
  position!: number;

  @ApiProperty({ description: 'True when `rows` holds only the rows changed since `since`' })
  partial!: boolean;

  @ApiProperty({ type: [DeskRow] })
  rows!: DeskRow[];
}

export class DeskQueryDto {
  @ApiPropertyOptional({ description: 'Only the trades of this event' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  eventId?: string;

  @ApiPropertyOptional({ enum: CITY_IDS, description: "Count only this city's entries and competitors" })
  @IsOptional()
  @IsIn(CITY_IDS as unknown as string[])
  city?: CityId;

  @ApiPropertyOptional({ enum: DESK_STAGES })
  @IsOptional()
  @IsIn(DESK_STAGES as unknown as string[])
  stage?: DeskStage;

  @ApiPropertyOptional({ description: 'A `position` of an earlier answer: only the rows changed since' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  since?: number;
}
