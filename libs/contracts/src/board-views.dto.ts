import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The HTTP answers with a trade's board (GET /api/trades/:tradeId/board and …/board/at): the shapes of live.ts as classes. */

export class BoardRowView {
  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 'shenyang', description: 'City id; cityName is its Chinese name' })
  city!: string;

  @ApiProperty({ example: '沈阳' })
  cityName!: string;

  @ApiProperty()
  employer!: string;

  @ApiProperty({ description: 'The employer is a tech-based enterprise (科技型企业)' })
  techBased!: boolean;

  @ApiProperty({ type: Number, nullable: true })
  theory!: number | null;

  @ApiProperty()
  practical!: number;

  @ApiProperty()
  total!: number;

  @ApiProperty({ type: Number, nullable: true, description: "From the trade's latest ranking; null until the first one" })
  rank!: number | null;

  @ApiProperty({ enum: ['first', 'second', 'third'], nullable: true })
  prize!: 'first' | 'second' | 'third' | null;

  @ApiProperty({ type: Number, nullable: true, description: 'On the standardised scale, when the trade uses one' })
  standardised!: number | null;

  @ApiProperty({ enum: ['not_started', 'in_progress', 'practical_complete', 'complete', 'absent'] })
  progress!: 'not_started' | 'in_progress' | 'practical_complete' | 'complete' | 'absent';

  @ApiProperty({ description: 'Checked in on the contest day' })
  checkedIn!: boolean;

  @ApiProperty()
  markedAspects!: number;

  @ApiProperty()
  totalAspects!: number;

  @ApiProperty({ description: 'The score sheet revision the row reflects (−1 before any mark)' })
  sheetRevision!: number;

  @ApiPropertyOptional({ description: 'During a ceremony: not revealed yet (shown as at the freeze, without rank or prize)' })
  revealPending?: boolean;
}

/** The award ceremony of a frozen board, while it runs: `step` of `total` results revealed, `revealed` the last one. */
export class BoardCeremonyView {
  @ApiProperty({ description: 'Rows revealed so far' })
  step!: number;

  @ApiProperty({ description: 'Rows to reveal in all' })
  total!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'The competitor number the last step revealed; null before the first step' })
  revealed!: number | null;
}

/** The whole board at `version`. */
export class BoardSnapshotView {
  @ApiProperty({ example: 'trade:t-cnc' })
  board!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: [BoardRowView] })
  rows!: BoardRowView[];

  @ApiProperty({ description: 'Frozen for the final period: spectators see the board as of frozenAt until it is revealed' })
  frozen!: boolean;

  @ApiProperty({ type: String, nullable: true })
  frozenAt!: string | null;

  @ApiProperty({ description: 'The results are published (official)' })
  published!: boolean;

  @ApiPropertyOptional({ type: BoardCeremonyView, nullable: true, description: 'The award ceremony of a frozen board, while it runs' })
  ceremony?: BoardCeremonyView | null;
}

export class BoardMomentView {
  @ApiProperty()
  position!: number;

  @ApiProperty({ type: String, nullable: true })
  occurredAt!: string | null;
}

/** The board as it stood at a past moment. */
export class BoardAsOfView extends BoardSnapshotView {
  @ApiProperty({ type: BoardMomentView, description: 'The moment shown: every event up to this position' })
  asOf!: BoardMomentView;
}
