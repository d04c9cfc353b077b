import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString } from 'class-validator';
import { CommandDto } from '#contracts';

export class AssignAspectsDto extends CommandDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  judgeId!: string;

  @ApiProperty({ type: [String], description: 'The aspects this judge marks (a module = all aspects of a sub-criterion)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  aspectIds!: string[];
}
