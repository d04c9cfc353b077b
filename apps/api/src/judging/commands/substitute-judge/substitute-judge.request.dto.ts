import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { CommandDto } from '#contracts';

export class SubstituteJudgeDto extends CommandDto {
  @ApiProperty({ description: 'The judge with a conflict of interest' })
  @IsString()
  @IsNotEmpty()
  judgeId!: string;

  @ApiProperty({ description: 'The judge who marks in their place' })
  @IsString()
  @IsNotEmpty()
  substituteId!: string;
}
