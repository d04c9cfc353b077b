import { ApiProperty } from '@nestjs/swagger';
import { CommandDto } from '#contracts';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';

/**
 * What a closing judge page sends with `navigator.sendBeacon` (a form-encoded body: a beacon carries
 * no headers). The access token and the tablet id come in the body and are taken out of it by
 * `BeaconCredentials` before the guard looks at the request. The page makes the commandId, as for
 * every command: a beacon the browser delivers twice releases once.
 */
export class ReleaseAspectOnLeaveRequestDto extends CommandDto {
  @ApiProperty({ minimum: 1, description: 'Form-encoded, so sent as text' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  competitorNumber!: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  aspectId!: string;
}
