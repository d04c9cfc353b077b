import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CommitDrawDto } from '#contracts';

/** A new commitment for a lost seed, before the draw, with the reason published beside both commitments. */
export class ReplaceDrawCommitmentRequestDto extends CommitDrawDto {
  @ApiProperty({
    description: 'Why the commitment is replaced (the seed was lost): published beside both commitments',
    example: '种子卡遗失',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
