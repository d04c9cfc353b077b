import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * What the API answers to a command that writes. Every command carries a client-made commandId:
 * the same id sent again appends nothing and is answered with `duplicate: true`.
 */
export class CommandAnswer {
  @ApiProperty({ format: 'uuid', description: 'The id the client sent' })
  commandId!: string;

  @ApiProperty({ description: 'Revision of the stream after the command (its last event); −1 when the stream has none' })
  revision!: number;

  @ApiProperty({ description: "Global position of the command's last event (0 when it appended nothing)" })
  position!: number;

  @ApiProperty({ description: 'True when the same commandId had already been applied: nothing was written this time' })
  duplicate!: boolean;

  @ApiProperty({ type: [String], description: 'The types of the events this call appended', example: ['MarkSubmitted'] })
  events!: string[];
}

/** A request to correct a mark, as filed: the correction's id is derived from the commandId. */
export class CorrectionRequestedAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' })
  correctionId!: string;
}

/** This tablet holds the aspect until `expiresAt` (another tablet of the same judge is refused meanwhile). */
export class AspectLeaseAnswer {
  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty()
  aspectId!: string;

  @ApiProperty({ description: 'The tablet holding the aspect' })
  deviceId!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

/**
 * A refusal: what every 4xx answer looks like. `code` is a stable refusal code
 * (libs/domain/src/shared/refusal-codes.ts), the web app words it in Chinese or English with `params`.
 */
export class RefusalDto {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({ example: 'Conflict' })
  error!: string;

  @ApiProperty({ example: 'Aspect a1 is open on another tablet' })
  message!: string;

  @ApiPropertyOptional({ example: 'sheet.aspect_leased' })
  code?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  params?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'Bad input: each field path and what is wrong with it',
  })
  fields?: Record<string, string[]>;

  @ApiPropertyOptional({ description: 'The field a domain refusal is about' })
  field?: string;
}

/** An appeal as filed: its id derives from the commandId. */
export class AppealFiledAnswer {
  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty({ format: 'uuid' })
  appealId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty()
  position!: number;

  @ApiProperty()
  duplicate!: boolean;
}

/** An appeal's decision as recorded (upheld with its remedy applied, or rejected). */
export class AppealDecidedAnswer {
  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty({ format: 'uuid' })
  appealId!: string;

  @ApiPropertyOptional({ enum: ['upheld', 'rejected'] })
  decision?: 'upheld' | 'rejected';

  @ApiProperty()
  position!: number;

  @ApiProperty()
  duplicate!: boolean;
}
