import { IsOptional, Matches } from 'class-validator';

export class BoardJoinDto {
  @Matches(/^trade:[A-Za-z0-9_-]{1,100}$/, { message: 'board must be trade:<tradeId>' })
  board!: string;
}

export class MedalsJoinDto {
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,100}$/, { message: 'eventId is an event id' })
  eventId?: string;
}
