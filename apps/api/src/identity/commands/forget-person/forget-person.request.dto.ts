import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CommandDto } from '#contracts';

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
