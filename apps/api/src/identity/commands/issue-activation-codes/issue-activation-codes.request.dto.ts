import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, MaxLength } from 'class-validator';
import { CommandDto } from '#contracts';

/** The organiser issues one-time activation codes for judge accounts without a password. */
export class IssueActivationCodesDto extends CommandDto {
  @ApiProperty({ type: [String], description: 'Judge accounts (user ids) to issue a code for; an active account is skipped' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  userIds!: string[];
}
