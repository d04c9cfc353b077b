import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Min } from 'class-validator';
import { CommandDto } from '#contracts';

/** One aspect of one competitor's sheet. */
export class AspectDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  competitorNumber!: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  aspectId!: string;
}

/** This tablet takes (or lets go of) an aspect; the client makes the commandId, so a retry writes nothing new. */
export class AspectLeaseDto extends IntersectionType(CommandDto, AspectDto) {}
