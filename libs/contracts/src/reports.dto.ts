import { ApiProperty } from '@nestjs/swagger';
import { CITY_IDS, type CityId } from '#domain';

const rate = (description: string) => ({ type: Number, nullable: true, description });

/**
 * Registration figures of a group of entries (a city, a trade or all). Each entry counts once, as
 * of its latest submission; a withdrawn entry keeps the decisions made before it was withdrawn and
 * leaves the pending counts.
 */
export class RegistrationStats {
  @ApiProperty({ description: 'Entries submitted' })
  submitted!: number;

  @ApiProperty({ description: "Submitted, not withdrawn, awaiting the city's decision" })
  pendingCity!: number;

  @ApiProperty()
  cityApproved!: number;

  @ApiProperty()
  cityRejected!: number;

  @ApiProperty({ description: "City-approved, not withdrawn, awaiting the province's decision" })
  pendingProvince!: number;

  @ApiProperty()
  confirmed!: number;

  @ApiProperty()
  provinceRejected!: number;

  @ApiProperty()
  withdrawn!: number;

  @ApiProperty(rate('cityApproved / (cityApproved + cityRejected), 0–1 with 4 decimals; null while the city decided none'))
  cityApprovalRate!: number | null;

  @ApiProperty(rate('confirmed / (confirmed + provinceRejected), 0–1 with 4 decimals; null while the province decided none'))
  confirmationRate!: number | null;

  @ApiProperty({ description: 'Entries whose employer is a tech-based enterprise (科技型企业)' })
  techBased!: number;

  @ApiProperty(rate('techBased / submitted, 0–1 with 4 decimals; null without entries'))
  techBasedShare!: number | null;
}

export class CityRegistrationStats extends RegistrationStats {
  @ApiProperty({ enum: CITY_IDS })
  city!: CityId;

  @ApiProperty()
  cityName!: string;
}

export class TradeRegistrationStats extends RegistrationStats {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  tradeName!: string;

  @ApiProperty()
  eventId!: string;
}

/** GET /api/reports/registration: every city and every trade of the catalogue, zeros included. */
export class RegistrationReport {
  @ApiProperty({ description: 'The global position of the last event the figures include' })
  position!: number;

  @ApiProperty({ type: RegistrationStats })
  overall!: RegistrationStats;

  @ApiProperty({ type: [CityRegistrationStats] })
  byCity!: CityRegistrationStats[];

  @ApiProperty({ type: [TradeRegistrationStats] })
  byTrade!: TradeRegistrationStats[];
}
