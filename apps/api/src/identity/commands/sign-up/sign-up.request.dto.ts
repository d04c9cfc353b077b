import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CommandDto } from '#contracts';

/** A contestant creates an account to enter the contest. */
export class SignUpDto extends CommandDto {
  @ApiProperty({ example: 'zhangsan-13800138000', description: '3–64 lowercase letters, digits, - or _' })
  @Matches(/^[a-z0-9][a-z0-9_-]{2,63}$/, { message: 'username must be 3–64 lowercase letters, digits, - or _' })
  username!: string;

  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName!: string;
}
