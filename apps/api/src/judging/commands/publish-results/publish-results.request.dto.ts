import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CommandDto } from '#contracts';

export class PublishResultsDto extends CommandDto {
  @ApiPropertyOptional({
    description:
      'Publish although present competitors have no theory result, for this reason (recorded, and shown with the results). ' +
      'Without it such a publication is refused (code results.theory_missing, with the competitor numbers).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  missingTheoryReason?: string;
}
