import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CommandDto } from '#contracts';

export class SetTheoryKeyDto extends CommandDto {
  @ApiProperty({
    example: 'A,BD,C,D',
    description: 'One letter per question ("ABDC"), or answers separated by commas, |, spaces or lines',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  answerKey!: string;
}
