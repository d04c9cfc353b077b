import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsNumber } from 'class-validator';
import { CommandDto } from '#contracts';
import { AspectDto } from '../open-aspect/open-aspect.request.dto.js';

/** A judge's mark for one aspect of one competitor, sent by the tablet (its id in x-device-id). */
export class SubmitMarkDto extends IntersectionType(CommandDto, AspectDto) {
  @ApiProperty({ description: 'Judgement: a level 0–3. Measurement: 0 to the max mark, two decimals at most.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  mark!: number;
}
