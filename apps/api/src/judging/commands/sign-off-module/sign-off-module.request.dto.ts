import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString } from 'class-validator';
import { CommandDto } from '#contracts';

export class SignOffModuleDto extends CommandDto {
  @ApiProperty({ description: 'A module: a sub-criterion of the marking scheme' })
  @IsString()
  @IsNotEmpty()
  moduleId!: string;
}
