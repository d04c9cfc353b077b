import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A contestant's own published result (`GET /api/trades/:tradeId/results/mine`): the scores, and the
 * marks of each module and aspect as the panel's marks make them — never a judge's own marks.
 * Figures are rounded half up to 0.01; `exact` beside each is the value ranks and prizes follow,
 * as `"numerator/denominator"` (docs/results-rules.md).
 */

export class AspectResultDto {
  @ApiProperty()
  aspectId!: string;

  @ApiProperty({ enum: ['measurement', 'judgement'] })
  type!: 'measurement' | 'judgement';

  @ApiProperty()
  description!: string;

  @ApiProperty({ example: 30 })
  maxMark!: number;

  @ApiProperty({ type: Number, nullable: true, example: 16.67, description: 'Rounded half up to 0.01; null when not marked' })
  mark!: number | null;

  @ApiProperty({ type: String, nullable: true, example: '50/3' })
  exact!: string | null;
}

export class ModuleResultDto {
  @ApiProperty({ description: 'The sub-criterion' })
  moduleId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 54.5, description: "The sum of its aspects' max marks" })
  maxMark!: number;

  @ApiProperty({ example: 21.33, description: 'The sum of its aspect marks, rounded half up to 0.01' })
  mark!: number;

  @ApiProperty({ example: '64/3' })
  exact!: string;

  @ApiProperty({ type: [AspectResultDto] })
  aspects!: AspectResultDto[];
}

export class MyResultDto {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ enum: ['official', 'final'] })
  status!: 'official' | 'final';

  @ApiProperty({ example: '2026-05-20T10:00:00.000Z' })
  publishedAt!: string;

  @ApiProperty({ description: 'Appeals are refused after this instant' })
  appealsCloseAt!: string;

  @ApiProperty({ type: Number, nullable: true, example: 85.5 })
  theory!: number | null;

  @ApiProperty({ example: 80.03 })
  practical!: number;

  @ApiProperty({ example: 81.67, description: 'The official figure' })
  total!: number;

  @ApiProperty({ type: Object, example: { theory: '171/2', practical: '2881/36', total: '58807/720' } })
  exact!: { theory: string | null; practical: string; total: string };

  @ApiProperty({ type: Number, nullable: true })
  rank!: number | null;

  @ApiProperty({ type: String, nullable: true, enum: ['first', 'second', 'third'] })
  prize!: 'first' | 'second' | 'third' | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  standardised!: number | null;

  @ApiProperty({ type: [String] })
  honours!: string[];

  @ApiProperty({ type: [ModuleResultDto] })
  modules!: ModuleResultDto[];
}
