import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { CommandDto } from '#contracts';
import { AspectDto } from '../open-aspect/open-aspect.request.dto.js';

export class RequestCorrectionDto extends IntersectionType(CommandDto, AspectDto) {
  @ApiProperty({ description: 'Whose mark is corrected' })
  @IsString()
  @IsNotEmpty()
  judgeId!: string;

  @ApiProperty({ description: 'The corrected mark' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  mark!: number;

  @ApiProperty({ example: 'Entered on the wrong competitor' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
