import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answers of the operations routes: health probes and the failed scoring jobs. */

const CHECKS = ['up', 'down', 'not_configured'] as const;
type Check = (typeof CHECKS)[number];

export class LivenessView {
  @ApiProperty({ enum: ['ok'] })
  status!: string;
}

/** The event store and Redis answer (a 503 carries the same body, with a refusal's code). */
export class HealthView {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: string;

  @ApiProperty({ description: 'The deployment profile (default, scaled, …)' })
  profile!: string;

  @ApiProperty({ enum: CHECKS })
  store!: Check;

  @ApiProperty({ enum: CHECKS })
  redis!: Check;

  @ApiProperty({ description: 'The global position the read models have applied' })
  readModelPosition!: number;
}

/** Ready: the store and Redis answer, the projections are live, the hash chain is whole. */
export class ReadinessView {
  @ApiProperty({ enum: ['ready', 'unavailable'] })
  status!: string;

  @ApiProperty({ enum: CHECKS })
  store!: Check;

  @ApiProperty({ enum: CHECKS })
  redis!: Check;

  @ApiProperty({ enum: ['live', 'behind', 'stopped', 'unknown'], description: 'The state of the projections' })
  projections!: string;

  @ApiProperty({ description: "The hash chain's verification, in words" })
  chain!: string;

  @ApiPropertyOptional({ description: 'The first position where the hash chain breaks' })
  chainBrokenAt?: number;

  @ApiPropertyOptional()
  projectionsStoppedBecause?: string;

  @ApiPropertyOptional()
  projectionsLagSeconds?: number;

  @ApiProperty()
  readModelPosition!: number;
}

/** A scoring job that failed all its attempts. */
export class FailedJobView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: "The job's input: trade, competitor number, the causing event's id (no personal data)" })
  data!: unknown;

  @ApiProperty()
  failedReason!: string;

  @ApiProperty()
  attemptsMade!: number;

  @ApiProperty()
  maxAttempts!: number;

  @ApiProperty({ format: 'date-time' })
  enqueuedAt!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  failedAt!: string | null;
}

/** The dead letters of the scoring queue, newest failure first (empty when jobs run inline). */
export class FailedJobsView {
  @ApiProperty()
  queue!: string;

  @ApiProperty({ enum: ['inline', 'bullmq'] })
  driver!: 'inline' | 'bullmq';

  @ApiProperty()
  total!: number;

  @ApiProperty()
  start!: number;

  @ApiProperty()
  limit!: number;

  @ApiProperty({ type: [FailedJobView] })
  jobs!: FailedJobView[];
}
