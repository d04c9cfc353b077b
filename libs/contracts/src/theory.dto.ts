import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Answers about the theory exam of a trade: uploads reported row by row, the answer key, who is graded and who is missing. */

/** How one row of a theory upload fared. */
export class TheoryRowReport {
  @ApiProperty({ description: 'The row in the request (1-based) or the spreadsheet row' })
  row!: number;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ enum: ['recorded', 'unchanged', 'refused'] })
  status!: 'recorded' | 'unchanged' | 'refused';

  @ApiPropertyOptional()
  message?: string;

  @ApiPropertyOptional()
  field?: string;

  @ApiPropertyOptional({ description: 'The refusal code (libs/domain/src/shared/refusal-codes.ts)' })
  code?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  params?: Record<string, unknown>;
}

export class TheoryUploadReport {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty({ description: 'Questions of the exam (0 without an answer key)' })
  questions!: number;

  @ApiProperty()
  recorded!: number;

  @ApiProperty({ type: [TheoryRowReport] })
  rows!: TheoryRowReport[];
}

export class TheoryKeyAnswer {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  commandId!: string;

  @ApiProperty({ description: 'Questions of the key' })
  questions!: number;

  @ApiProperty({ description: 'False when the same key was set already' })
  changed!: boolean;
}

export class TheoryHistoryItem {
  @ApiProperty({ enum: ['answers', 'score'] })
  kind!: 'answers' | 'score';

  @ApiProperty({ description: 'The theory score it gave (answers graded against the key)', nullable: true, type: Number })
  score!: number | null;

  @ApiProperty({ nullable: true, type: String })
  reason!: string | null;

  @ApiProperty()
  at!: string;

  @ApiProperty({ description: 'User id of who recorded it' })
  by!: string;
}

export class TheoryCompetitorView {
  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ description: 'Absent: check-in closed without them (no theory result needed)' })
  absent!: boolean;

  @ApiProperty({ enum: ['answers', 'score', 'missing'] })
  source!: 'answers' | 'score' | 'missing';

  @ApiProperty({ nullable: true, type: Number })
  score!: number | null;

  @ApiPropertyOptional({ description: 'Answers graded: questions answered right' })
  correct?: number;

  @ApiProperty({ type: [TheoryHistoryItem], description: 'Every theory result recorded for the competitor, oldest first' })
  history!: TheoryHistoryItem[];
}

export class TheoryStatusView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty({ description: 'Percent weight of the theory in the total' })
  weight!: number;

  @ApiProperty({ description: 'Questions of the answer key; 0 without a key' })
  questions!: number;

  @ApiProperty({ description: 'The key can still change (no answer sheet recorded yet)' })
  keyOpen!: boolean;

  @ApiProperty({ type: [TheoryCompetitorView] })
  competitors!: TheoryCompetitorView[];

  @ApiProperty({ type: [Number], description: 'Present competitors without a theory result: publishing is refused while there are any' })
  missing!: number[];
}
