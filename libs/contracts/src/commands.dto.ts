import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CITY_IDS, SKILL_LEVELS, type CityId, type SkillLevel } from '#domain';

/** Every command carries a client-made id: a retry with the same id appends nothing new. */
export class CommandDto {
  @ApiProperty({ format: 'uuid', description: 'Made by the client; the same id sent again is answered without a second write.' })
  @IsUUID()
  commandId!: string;
}

export class LoginDto {
  @ApiProperty({ example: 'organiser' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'jiangxin-demo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class EmployerDto {
  @ApiProperty({ example: '沈阳机床股份有限公司' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ example: '91210100MA0XXXXXX0', description: 'Unified social credit code (GB 32100), 18 characters' })
  @IsString()
  @Matches(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: 'employer.creditCode must be 18 characters of the GB 32100 alphabet' })
  creditCode!: string;

  @ApiProperty({ description: 'A tech-based enterprise (科技型企业)' })
  @IsBoolean()
  techBased!: boolean;
}

export class TeamMemberDto {
  @ApiProperty({ example: '李四' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ example: '210102199202020023', description: 'Resident ID number (GB 11643). Personal data: never public.' })
  @Matches(/^\d{17}[\dX]$/, { message: "a member's idNumber must be 17 digits followed by a digit or X" })
  idNumber!: string;

  @ApiProperty({ example: '13900139000', description: 'Mobile number. Personal data: never public.' })
  @Matches(/^1[3-9]\d{9}$/, { message: "a member's phone must be an 11-digit mainland mobile number" })
  phone!: string;
}

export class SubmitEntryDto extends CommandDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  tradeId!: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  @ApiProperty({ example: '21010219900307123X', description: 'Resident ID number (GB 11643). Personal data: never public.' })
  @Matches(/^\d{17}[\dX]$/, { message: 'idNumber must be 17 digits followed by a digit or X' })
  idNumber!: string;

  @ApiProperty({ example: '13800138000', description: 'Mobile number. Personal data: never public.' })
  @Matches(/^1[3-9]\d{9}$/, { message: 'phone must be an 11-digit mainland mobile number' })
  phone!: string;

  @ApiProperty({ type: EmployerDto })
  @ValidateNested()
  @Type(() => EmployerDto)
  employer!: EmployerDto;

  @ApiProperty({ enum: CITY_IDS })
  @IsIn(CITY_IDS as unknown as string[])
  city!: CityId;

  @ApiProperty({ enum: SKILL_LEVELS })
  @IsIn(SKILL_LEVELS as unknown as string[])
  skillLevel!: SkillLevel;

  @ApiPropertyOptional({ type: [TeamMemberDto], description: 'Team trades: the members besides the captain (the person above)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  members?: TeamMemberDto[];
}

export class WithdrawEntryDto extends CommandDto {
  @ApiPropertyOptional({ description: 'Why: kept in the history' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RegistrationDeadlineDto extends CommandDto {
  @ApiProperty({ example: '2026-05-31T23:59:59+08:00', description: 'After this instant no entry and no withdrawal is accepted' })
  @IsISO8601({ strict: true }, { message: 'closesAt must be an ISO 8601 date and time' })
  closesAt!: string;
}

export class PriorFirstPrizeDto extends CommandDto {
  @ApiProperty({ description: 'Resident ID number of the winner. Personal data: kept only as a keyed hash.' })
  @Matches(/^\d{17}[\dX]$/, { message: 'idNumber must be 17 digits followed by a digit or X' })
  idNumber!: string;

  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(1950)
  year!: number;
}

export class ReasonedCommandDto extends CommandDto {
  @ApiProperty({ description: 'Why: kept in the history' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class DrawLotsDto extends CommandDto {
  @ApiProperty({ description: 'The seed of the draw; anyone with it can re-run the draw' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  seed!: string;
}

export class AssignJudgeDto extends CommandDto {
  @ApiProperty({ example: 'u-judge-t001-1' })
  @IsString()
  @IsNotEmpty()
  judgeId!: string;

  @ApiProperty({ enum: ['chief_judge', 'judge'] })
  @IsIn(['chief_judge', 'judge'])
  role!: 'chief_judge' | 'judge';
}

export class EntriesQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  tradeId?: string;

  @ApiPropertyOptional({ enum: CITY_IDS })
  @IsOptional()
  @IsIn(CITY_IDS as unknown as string[])
  city?: CityId;

  @ApiPropertyOptional()
  @IsOptional()
  @IsIn(['submitted', 'city_approved', 'city_rejected', 'confirmed', 'province_rejected', 'withdrawn'])
  status?: string;
}

export class AgeWindowDto {
  @ApiProperty({ example: 18 })
  @IsInt()
  min!: number;

  @ApiProperty({ example: 55 })
  @IsInt()
  max!: number;
}

/** A trade's registration rules; a rule left out does not apply. */
export class RegistrationRulesDto extends CommandDto {
  @ApiPropertyOptional({ type: AgeWindowDto, description: 'Age in whole years on the contest day, both ends included' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgeWindowDto)
  ageWindow?: AgeWindowDto;

  @ApiPropertyOptional({ example: 5, description: 'Entries a city may have approved in this trade' })
  @IsOptional()
  @IsInt()
  quotaPerCity?: number;

  @ApiPropertyOptional({ example: 2, description: 'First-prize winners of this trade in the last N editions may not enter' })
  @IsOptional()
  @IsInt()
  noFirstPrizeInLastEditions?: number;
}
