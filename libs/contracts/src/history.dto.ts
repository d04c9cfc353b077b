import { ApiProperty } from '@nestjs/swagger';

export class HistoryActorView {
  @ApiProperty()
  userId!: string;

  @ApiProperty()
  role!: string;
}

/** One event of a history, as people read it: who, role, device, when, why, what. */
export class HistoryEventView {
  @ApiProperty({ description: 'Global position of the event in the store' })
  position!: number;

  @ApiProperty()
  streamId!: string;

  @ApiProperty()
  revision!: number;

  @ApiProperty({ example: 'MarkSubmitted' })
  type!: string;

  @ApiProperty({ description: 'When it happened (server clock at the command)' })
  occurredAt!: string;

  @ApiProperty({ type: HistoryActorView })
  actor!: HistoryActorView;

  @ApiProperty({ type: String, nullable: true })
  device!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ description: "The event's figures, ID numbers and phones masked" })
  summary!: unknown;
}

/** GET /api/history/…: the subject (entry, mark or result) and its events, oldest first. */
export class HistoryView {
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { tradeId: 't-cnc', competitorNumber: 7 },
  })
  subject!: Record<string, string | number>;

  @ApiProperty({ type: [HistoryEventView] })
  events!: HistoryEventView[];
}
