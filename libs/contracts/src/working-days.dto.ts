import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One date that is not an ordinary weekday or weekend, or that the organiser corrected. */
export class WorkingDayDto {
  @ApiProperty({ example: '2026-10-10' })
  date!: string;

  @ApiProperty({ description: 'Whether the day counts as a working day (工作日)' })
  working!: boolean;

  @ApiProperty({ enum: ['working-day', 'weekend', 'holiday', 'make-up-working-day'] })
  kind!: 'working-day' | 'weekend' | 'holiday' | 'make-up-working-day';

  @ApiPropertyOptional({ example: '国庆节', description: 'The festival (from the notice) or the organiser’s note (from a correction)' })
  label?: string;

  @ApiProperty({
    enum: ['weekday', 'official', 'correction'],
    description: 'official: the State Council’s notice in the data file; correction: the organiser’s correction, which wins',
  })
  source!: 'weekday' | 'official' | 'correction';
}

export class WorkingDayCorrectionDto {
  @ApiProperty({ example: '2027-02-20' })
  date!: string;

  @ApiProperty({ enum: ['rest', 'work'] })
  kind!: 'rest' | 'work';

  @ApiProperty({ example: '国务院办公厅关于2027年部分节假日安排的通知' })
  note!: string;
}

/** `GET /api/working-days/:year`: how the platform counts working days in that year, for the organiser to check. */
export class WorkingDaysYearDto {
  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The notice the data file follows for this year; null when the file does not know the year yet (then only Monday–Friday and the corrections count)',
  })
  officialNotice!: string | null;

  @ApiProperty({ type: [WorkingDayDto], description: 'Holidays, make-up working days and corrected dates, by date' })
  days!: WorkingDayDto[];

  @ApiProperty({ type: [WorkingDayCorrectionDto], description: 'The organiser’s corrections of this year' })
  corrections!: WorkingDayCorrectionDto[];
}

/** The answer to a correction or its withdrawal. */
export class WorkingDayCommandResultDto {
  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty({ description: 'The store position of the last event written; 0 when nothing changed (the date already read so)' })
  position!: number;
}
