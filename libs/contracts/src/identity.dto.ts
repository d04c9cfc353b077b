import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CommandDto } from './commands.dto.js';

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token of the last login or refresh; it works once' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}

/** A judge pairs the tablet they mark on; the answer is a session bound to that device. */
export class PairDeviceDto {
  @ApiProperty({ example: 'Tablet 3, hall B', description: 'How the judge and the chief judge recognise the device' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  label!: string;
}

/**
 * The organiser forgets a person: their key is deleted, so their ID number and phone can no longer
 * be read anywhere in the history. Give the ID number, or an entry id to forget everyone of that entry.
 */
export class ForgetPersonDto extends CommandDto {
  @ApiPropertyOptional({ example: '210102199003071233', description: 'The person to forget (one of idNumber or entryId)' })
  @IsOptional()
  @Matches(/^\d{17}[\dX]$/, { message: 'idNumber must be 17 digits followed by a digit or X' })
  idNumber?: string;

  @ApiPropertyOptional({ description: 'Forget the individual or every member of this entry (one of idNumber or entryId)' })
  @IsOptional()
  @Matches(/^e[\w-]{22}$/, { message: 'entryId must be an entry id (e followed by 22 characters)' })
  entryId?: string;

  @ApiProperty({ example: 'Request of the person, letter of 2026-05-02', description: 'Why: kept in the history with the event' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}
