import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { CommandDto } from '#contracts';

/** `PUT /api/working-days/:date`: the date is a rest day (休) or a working day (班), and why. */
export class CorrectWorkingDayDto extends CommandDto {
  @ApiProperty({ enum: ['rest', 'work'], description: 'rest: not a working day (a holiday); work: a working day (a make-up working day)' })
  @IsIn(['rest', 'work'], { message: 'kind must be rest or work' })
  kind!: 'rest' | 'work';

  @ApiProperty({ example: '国务院办公厅关于2027年部分节假日安排的通知', description: 'The notice or the reason (at most 200 characters)' })
  @IsString()
  @MaxLength(200)
  note!: string;
}
