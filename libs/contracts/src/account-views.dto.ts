import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CITY_IDS, SKILL_LEVELS, type CityId, type SkillLevel } from '#domain';
import { TokenPairView } from './command-answers.dto.js';
import { AccountNamesView, JUDGE_ROLES, type JudgeRole } from './users.dto.js';

/** The answers of the read routes of accounts and entries: sessions, devices, judge accounts, entries (masked). */

const ROLES = ['organiser', 'city_reviewer', 'chief_judge', 'judge', 'arbitration', 'contestant'] as const;
const ENTRY_STATUSES = ['submitted', 'city_approved', 'city_rejected', 'confirmed', 'province_rejected', 'withdrawn'] as const;

export class EmployerView {
  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'Unified social credit code (GB 32100)' })
  creditCode!: string;
}

/** Who logged in. */
export class UserProfileView extends AccountNamesView {
  @ApiProperty({ enum: ROLES })
  role!: (typeof ROLES)[number];

  @ApiPropertyOptional({ enum: CITY_IDS, description: "A city reviewer's city; a judge's city" })
  city?: CityId;

  @ApiPropertyOptional({ type: [String], description: "A judge's trades" })
  tradeIds?: string[];

  @ApiPropertyOptional({ type: EmployerView, description: "A judge's employer" })
  employer?: EmployerView;
}

/** A login: the token pair and who it is for. */
export class LoginAnswer extends TokenPairView {
  @ApiProperty({ type: UserProfileView })
  user!: UserProfileView;
}

/** A device paired to the judge, and how many sessions are open on it. */
export class DeviceView {
  @ApiProperty()
  deviceId!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty()
  openSessions!: number;
}

export class JudgePanelView {
  @ApiProperty()
  tradeId!: string;

  @ApiProperty({ enum: JUDGE_ROLES })
  role!: JudgeRole;
}

/** A judge account as the organiser sees it: never a password hash. */
export class JudgeAccountView extends AccountNamesView {
  @ApiProperty({ enum: JUDGE_ROLES })
  role!: JudgeRole;

  @ApiPropertyOptional({ enum: CITY_IDS })
  city?: CityId;

  @ApiPropertyOptional({ type: EmployerView })
  employer?: EmployerView;

  @ApiProperty({ type: [String] })
  tradeIds!: string[];

  @ApiProperty({ type: [JudgePanelView], description: 'The panels the judge sits on now' })
  panels!: JudgePanelView[];

  @ApiPropertyOptional({ example: '2101**********1234', description: 'Masked, when known' })
  idNumber?: string;

  @ApiPropertyOptional({ example: '138****8000', description: 'Masked, when known' })
  phone?: string;

  @ApiProperty({ description: 'False while the account waits for its activation (no password yet)' })
  active!: boolean;
}

export class EntryEmployerView extends EmployerView {
  @ApiProperty({ description: 'A tech-based enterprise (科技型企业)' })
  techBased!: boolean;
}

/** A team member, masked. */
export class TeamMemberView {
  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'Masked' })
  idNumber!: string;

  @ApiProperty({ description: 'Masked' })
  phone!: string;
}

/** An entry as the API shows it: ID numbers and phones masked, whoever asks. */
export class EntryView {
  @ApiProperty()
  entryId!: string;

  @ApiProperty()
  tradeId!: string;

  @ApiProperty({ description: 'The individual, or the team captain' })
  name!: string;

  @ApiProperty({ example: '2101**********123X', description: 'Masked' })
  idNumber!: string;

  @ApiProperty({ example: '138****8000', description: 'Masked' })
  phone!: string;

  @ApiProperty({ type: EntryEmployerView })
  employer!: EntryEmployerView;

  @ApiProperty({ enum: CITY_IDS })
  city!: CityId;

  @ApiProperty({ enum: SKILL_LEVELS })
  skillLevel!: SkillLevel;

  @ApiProperty({ type: [TeamMemberView], description: 'The other members of a team entry; empty for an individual trade' })
  members!: TeamMemberView[];

  @ApiPropertyOptional({ description: "The contestant's own account, when the person entered themself" })
  contestantUserId?: string;

  @ApiProperty({ enum: ENTRY_STATUSES })
  status!: (typeof ENTRY_STATUSES)[number];

  @ApiPropertyOptional({ description: 'Reason of the last rejection or of the withdrawal' })
  reason?: string;

  @ApiPropertyOptional({ description: 'Drawn after confirmation' })
  competitorNumber?: number;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;
}
