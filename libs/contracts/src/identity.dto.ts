import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token of the last login or refresh; it works once' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}

/** Who the access token belongs to (GET /api/auth/me). */
export class MeAnswer {
  @ApiProperty()
  userId!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty({ enum: ['organiser', 'city_reviewer', 'chief_judge', 'judge', 'arbitration', 'contestant'] })
  role!: string;

  @ApiPropertyOptional({ description: "A city reviewer's city" })
  city?: string;

  @ApiPropertyOptional({ type: [String], description: "A judge's trades" })
  tradeIds?: string[];

  @ApiProperty({ description: 'The session the access token belongs to (POST /api/auth/sign-out ends it)' })
  sessionId!: string;

  @ApiPropertyOptional({ description: "A device-bound session's paired device (a judge's tablet)" })
  deviceId?: string;
}
