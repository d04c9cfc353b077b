import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CommandDto } from '#contracts';
import { MAX_COMPLETION_SECONDS } from '#domain';

export class CompletionTimeDto extends CommandDto {
  @ApiProperty({
    minimum: 1,
    maximum: MAX_COMPLETION_SECONDS,
    example: 10_830,
    description: 'How long the practical took, in whole seconds',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_COMPLETION_SECONDS)
  completionSeconds!: number;

  @ApiPropertyOptional({ description: 'Why a recorded time changes (required for a change, not for the first time)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
