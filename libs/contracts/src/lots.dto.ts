import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Matches, Min } from 'class-validator';
import { DrawAssignmentView } from './command-answers.dto.js';
import { CommandDto } from './commands.dto.js';

/** Verifiable lots (commit–reveal) and the check-in of the contest day. */

export class CommitDrawDto extends CommandDto {
  @ApiProperty({
    description: 'SHA-256 of the seed (its UTF-8 bytes) in hex, published before the draw: `printf %s "$SEED" | sha256sum`',
    example: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  })
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'commitment must be the SHA-256 of the seed: 64 hex digits' })
  commitment!: string;
}

export class CheckInDto extends CommandDto {
  @ApiProperty({ minimum: 1, description: 'The competitor number drawn for the contestant' })
  @IsInt()
  @Min(1)
  competitorNumber!: number;
}

export class CloseCheckInDto extends CommandDto {}

export class ReplacedCommitmentView {
  @ApiProperty()
  commitment!: string;

  @ApiProperty({ type: String, nullable: true })
  committedAt!: string | null;

  @ApiProperty()
  replacedAt!: string;

  @ApiProperty({ description: "The organiser's reason (a lost seed)" })
  reason!: string;
}

/** `GET /api/trades/:tradeId/draw`: public, no personal data (entry ids are opaque keyed hashes). */
export class PublicDrawView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: "The trade's workstations: the session size the draw used (null = one session)",
  })
  workstations!: number | null;

  @ApiProperty({ description: "The draw's algorithm, as documented in libs/domain/src/catalogue/draw.ts" })
  algorithm!: string;

  @ApiProperty({ type: String, nullable: true })
  commitment!: string | null;

  @ApiProperty({ type: String, nullable: true })
  committedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Revealed by the draw: null before' })
  seed!: string | null;

  @ApiProperty({ type: [String], description: 'As the draw used them: unique and sorted; empty before the draw' })
  confirmedEntryIds!: string[];

  @ApiProperty({ type: [DrawAssignmentView] })
  assignments!: DrawAssignmentView[];

  @ApiProperty({ type: String, nullable: true })
  drawnAt!: string | null;

  @ApiProperty({
    type: [ReplacedCommitmentView],
    description: 'Commitments replaced before the draw because their seed was lost, oldest first: a replacement is visible to everyone',
  })
  replacedCommitments!: ReplacedCommitmentView[];

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'The server re-ran the draw from the seed: true when everything matches; null before the draw',
  })
  verified!: boolean | null;

  @ApiPropertyOptional({ description: 'The first difference found when `verified` is false' })
  difference?: string;
}
