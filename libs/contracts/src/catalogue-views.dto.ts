import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answers of the public catalogue's read routes (GET /api/catalogue/…). */

/** One of the province's cities. */
export class CityView {
  @ApiProperty({ example: 'shenyang' })
  id!: string;

  @ApiProperty({ example: '沈阳' })
  name!: string;

  @ApiProperty({ example: 'Shenyang' })
  nameEn!: string;
}

/** An event (赛事) of the contest with its trades. */
export class ContestEventView {
  @ApiProperty()
  id!: string;

  @ApiProperty({ example: '物联网技术应用' })
  name!: string;

  @ApiProperty()
  nameEn!: string;

  @ApiProperty({ example: 'iot' })
  category!: string;

  @ApiProperty()
  organisingUnit!: string;

  @ApiProperty()
  venue!: string;

  @ApiProperty({ example: '2026-06-18', description: 'ISO date of the contest day' })
  date!: string;

  @ApiPropertyOptional({
    enum: ['practical', 'achievement'],
    description: 'practical (absent = practical): a skills contest; achievement: a review of submitted achievements',
  })
  kind?: 'practical' | 'achievement';

  @ApiProperty({ type: [String] })
  tradeIds!: string[];
}

export class AgeWindowView {
  @ApiProperty()
  min!: number;

  @ApiProperty()
  max!: number;
}

/** A trade's registration rules; a rule left out does not apply. */
export class TradeRegistrationRulesView {
  @ApiPropertyOptional({ type: AgeWindowView })
  ageWindow?: AgeWindowView;

  @ApiPropertyOptional()
  quotaPerCity?: number;

  @ApiPropertyOptional()
  noFirstPrizeInLastEditions?: number;
}

export class TradeWeightsView {
  @ApiProperty()
  theory!: number;

  @ApiProperty()
  practical!: number;
}

/** A trade (工种) as the catalogue lists it: without its marking scheme and without the theory answer key. */
export class TradeSummaryView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  eventId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  nameEn!: string;

  @ApiProperty({ enum: [1, 2, 3], description: '1 for individual trades, 2–3 for team trades' })
  teamSize!: 1 | 2 | 3;

  @ApiProperty({ type: TradeWeightsView })
  weights!: TradeWeightsView;

  @ApiProperty({ enum: [3, 5] })
  panelSize!: 3 | 5;

  @ApiProperty()
  trimmedMean!: boolean;

  @ApiProperty({ type: [String] })
  keyAspectIds!: readonly string[];

  @ApiPropertyOptional({ type: TradeRegistrationRulesView })
  registration?: TradeRegistrationRulesView;

  @ApiProperty({ description: 'How many aspects the marking scheme has' })
  aspectCount!: number;

  @ApiProperty()
  lotsDrawn!: boolean;
}

export class ContestDaysView {
  @ApiProperty({ example: '2026-06-18' })
  first!: string;

  @ApiProperty({ example: '2026-06-20' })
  last!: string;
}

/** The contest edition (GET /api/catalogue/contest). */
export class ContestView {
  @ApiProperty()
  contestId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ description: "True for the generated demo catalogue: not a real contest's data" })
  demo!: boolean;

  @ApiPropertyOptional({ type: ContestDaysView, description: 'The contest days, once the organiser has set them' })
  days?: ContestDaysView;
}

/** An edition as GET /api/catalogue/editions lists it; the current one is the last. */
export class EditionView extends ContestView {
  @ApiProperty()
  current!: boolean;
}
