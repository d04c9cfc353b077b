import { ApiProperty } from '@nestjs/swagger';
import { BoardCeremonyView, BoardSnapshotView } from './board-views.dto.js';
import { MedalsView } from './judging-views.dto.js';

/**
 * The payloads of the live socket (namespace /live, live.ts) as classes: not answers of an HTTP route,
 * they enter the OpenAPI document as extra models (openapi-document.ts), so that the web app's live
 * types are generated with the others. `board:snapshot` and `board:delta` carry a BoardSnapshotView
 * (a delta: only the rows that changed).
 */

/** `medals:update`: the medal table and tech share over the public boards, with the board versions it was computed from. */
export class LiveMedalsView extends MedalsView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'The public version of each board it was computed from',
  })
  versions!: Record<string, number>;
}

/** `board:status`: whether this node's boards may be out of date (its projections stopped or behind). */
export class LiveStatusView {
  @ApiProperty()
  stale!: boolean;
}

/** `board:joined`: the join's snapshot was sent at this version. */
export class BoardJoinedView {
  @ApiProperty({ example: 'trade:t001-iot-installer' })
  board!: string;

  @ApiProperty()
  version!: number;
}

/** `board:error`: the board (or event) asked for is unknown. */
export class LiveErrorView {
  @ApiProperty({ type: String, nullable: true, description: 'The board asked for; null for a medal table' })
  board!: string | null;

  @ApiProperty()
  message!: string;
}

/** The live socket's payloads, for SwaggerModule's extraModels. */
export const LIVE_MODELS = [BoardSnapshotView, BoardCeremonyView, LiveMedalsView, LiveStatusView, BoardJoinedView, LiveErrorView];
