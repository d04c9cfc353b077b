import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A judge pairs the tablet they mark on; the answer is a session bound to that device. */
export class PairDeviceDto {
  @ApiProperty({ example: 'Tablet 3, hall B', description: 'How the judge and the chief judge recognise the device' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  label!: string;
}
