import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Min } from 'class-validator';
import type { DrawAssignment } from '#domain';
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

/** `GET /api/trades/:tradeId/draw`: public, no personal data (entry ids are opaque keyed hashes). */
export interface PublicDrawView {
  tradeId: string;
  /** The trade's workstations: the session size the draw used (null = everyone in one session). */
  workstations: number | null;
  /** The draw's algorithm, as documented in libs/domain/src/catalogue/draw.ts. */
  algorithm: string;
  commitment: string | null;
  committedAt: string | null;
  /** Revealed by the draw: null before. */
  seed: string | null;
  /** As the draw used them: unique and sorted; empty before the draw. */
  confirmedEntryIds: string[];
  assignments: DrawAssignment[];
  drawnAt: string | null;
  /**
   * Commitments published before this one and replaced before the draw because their seed was lost,
   * oldest first, with the organiser's reason: a replacement is visible to everyone.
   */
  replacedCommitments: Array<{ commitment: string; committedAt: string | null; replacedAt: string; reason: string }>;
  /** The server re-ran the draw from the seed: true when everything matches; null before the draw. */
  verified: boolean | null;
  /** The first difference found when `verified` is false. */
  difference?: string;
}
