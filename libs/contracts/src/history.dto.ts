import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

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

export class CheckpointRecordView {
  @ApiProperty()
  position!: number;

  @ApiProperty({ example: 'ModuleSignedOff' })
  type!: string;

  @ApiProperty()
  occurredAt!: string;
}

/** A checkpoint of the audit chain (GET /api/audit/checkpoints): the chain's head when a sign-off or publication recorded it. */
export class AuditCheckpointView {
  @ApiProperty({ type: CheckpointRecordView, description: 'The event that recorded it (ModuleSignedOff or ResultsPublished)' })
  recordedAt!: CheckpointRecordView;

  @ApiProperty()
  tradeId!: string;

  @ApiPropertyOptional()
  competitorNumber?: number;

  @ApiPropertyOptional()
  moduleId?: string;

  @ApiProperty({ description: "The chain head's position" })
  position!: number;

  @ApiProperty({ description: "The chain head's hash (64 hex digits)" })
  hash!: string;
}
