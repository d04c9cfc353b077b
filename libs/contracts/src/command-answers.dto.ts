import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CatalogueImportReport } from './catalogue.dto.js';
import { AgeWindowView } from './catalogue-views.dto.js';

/**
 * The answers of the commands whose answer is more than a CommandAnswer (answers.dto.ts): each names
 * what it made or changed. Every one carries the client's commandId, or the id made from it.
 */

/** Where the command's last event landed (0 when a retry appended nothing). */
export class PositionAnswer {
  @ApiProperty({ format: 'uuid', description: 'The id the client sent' })
  commandId!: string;

  @ApiProperty({ description: "Global position of the command's last event" })
  position!: number;
}

/** An entry as submitted, approved, rejected, confirmed or withdrawn. */
export class EntryAnswer extends PositionAnswer {
  @ApiProperty({ description: 'The entry (a keyed hash of the person and the contest: the same person enters once)' })
  entryId!: string;
}

/** A contestant's account, signed up. */
export class SignUpAnswer extends PositionAnswer {
  @ApiProperty()
  userId!: string;
}

/** The session is over: its access and refresh tokens stop working. */
export class SignOutAnswer {
  @ApiProperty()
  sessionId!: string;

  @ApiProperty()
  position!: number;
}

/** A judge or chief judge account, created. */
export class JudgeCreatedAnswer extends SignUpAnswer {
  @ApiProperty()
  username!: string;

  @ApiProperty({ enum: ['judge', 'chief_judge'] })
  role!: 'judge' | 'chief_judge';

  @ApiProperty({ description: 'False while the account waits for its activation (created without a password)' })
  active!: boolean;
}

/** A staff account, created without a password, and the one-time code that activates it. */
export class StaffCreatedAnswer {
  @ApiProperty()
  userId!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty({ enum: ['organiser', 'city_reviewer', 'arbitration'] })
  role!: string;

  @ApiProperty({ description: 'The activation code: shown once, stored only as its hash (a retry answers the same code)' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Until when the code works; null on a retry' })
  expiresAt!: string | null;
}

/** Where a forgotten person appeared: the entry, as its individual or captain (0) or its n-th member (n). */
export class PersonAppearanceView {
  @ApiProperty()
  entryId!: string;

  @ApiProperty()
  person!: number;
}

export class ForgottenPersonView {
  @ApiProperty({ description: "The person's keyed hash (no personal data)" })
  personKey!: string;

  @ApiProperty({ type: [PersonAppearanceView] })
  appearances!: PersonAppearanceView[];
}

/** The people forgotten: their keys are gone, nothing can read their ID numbers and phones any more. */
export class ForgetPersonAnswer extends PositionAnswer {
  @ApiProperty({ type: [ForgottenPersonView] })
  forgotten!: ForgottenPersonView[];
}

/** A new access token and the refresh token that renews it once. */
export class TokenPairView {
  @ApiProperty({ description: 'Authorization: Bearer …' })
  accessToken!: string;

  @ApiProperty({ description: 'Works once: POST /api/auth/refresh answers a new pair' })
  refreshToken!: string;

  @ApiProperty({ description: 'Seconds the access token lives' })
  expiresIn!: number;

  @ApiProperty({ format: 'date-time' })
  refreshExpiresAt!: string;
}

/** A tablet paired to the judge: its tokens are bound to the device. */
export class DevicePairedAnswer extends TokenPairView {
  @ApiProperty({ format: 'uuid' })
  deviceId!: string;

  @ApiProperty()
  label!: string;
}

export class DeviceUnpairedAnswer {
  @ApiProperty()
  deviceId!: string;

  @ApiProperty()
  position!: number;
}

/** A new edition: it becomes the current one; with `copyFrom`, what the copy of the earlier catalogue did, row by row. */
export class EditionCreatedAnswer extends PositionAnswer {
  @ApiProperty()
  contestId!: string;

  @ApiPropertyOptional({ type: CatalogueImportReport })
  copied?: CatalogueImportReport;
}

/** A trade revision as uploaded: applied at once before the draw, waiting for the chief judge after it, or no change. */
export class TradeRevisionAnswer {
  @ApiProperty({ format: 'uuid' })
  commandId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty({ enum: ['revised', 'awaiting_approval', 'unchanged'] })
  status!: 'revised' | 'awaiting_approval' | 'unchanged';

  @ApiProperty({ description: "The trade definition's version (the proposed one while it waits)" })
  version!: number;
}

/** The chief judge approved a revision: it applies. */
export class TradeRevisionApprovedAnswer extends PositionAnswer {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty()
  version!: number;
}

export class RegistrationRulesSetView {
  @ApiPropertyOptional({ type: AgeWindowView })
  ageWindow?: AgeWindowView;

  @ApiPropertyOptional()
  quotaPerCity?: number;

  @ApiPropertyOptional()
  noFirstPrizeInLastEditions?: number;
}

/** A trade's registration rules as set; a rule left out does not apply. */
export class RegistrationRulesAnswer extends PositionAnswer {
  @ApiProperty({ type: RegistrationRulesSetView })
  rules!: RegistrationRulesSetView;
}

/** The commitment to a seed, published before the draw (SHA-256 of the seed, hex). */
export class DrawCommitmentAnswer extends PositionAnswer {
  @ApiProperty()
  commitment!: string;
}

/** Where a confirmed entry draws: its competitor number, session and workstation. */
export class DrawAssignmentView {
  @ApiProperty()
  entryId!: string;

  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ description: '1-based session (heat) of the contest day' })
  session!: number;

  @ApiProperty({ description: '1-based workstation in the hall during that session' })
  workstation!: number;
}

/** The draw as made (or, for a retry, as made the first time). */
export class DrawLotsAnswer extends PositionAnswer {
  @ApiPropertyOptional({ description: 'The commitment the seed matched' })
  commitment?: string;

  @ApiProperty({ type: [DrawAssignmentView] })
  assignments!: DrawAssignmentView[];
}

/** A competitor checked in. */
export class CheckInAnswer extends PositionAnswer {
  @ApiProperty()
  competitorNumber!: number;

  @ApiProperty({ description: 'True when the same commandId had already been applied' })
  duplicate!: boolean;
}

/** Check-in closed: the drawn competitors not checked in are absent. */
export class CloseCheckInAnswer extends PositionAnswer {
  @ApiProperty({ type: [Number], description: 'Competitor numbers now absent, ascending' })
  absent!: number[];

  @ApiProperty()
  duplicate!: boolean;
}
