import { Module } from '@nestjs/common';
import { CorrectWorkingDayHandler } from './commands/correct-working-day/correct-working-day.handler.js';
import { CorrectWorkingDayHttpController } from './commands/correct-working-day/correct-working-day.http.controller.js';
import { WithdrawWorkingDayCorrectionHandler } from './commands/withdraw-working-day-correction/withdraw-working-day-correction.handler.js';
import { WithdrawWorkingDayCorrectionHttpController } from './commands/withdraw-working-day-correction/withdraw-working-day-correction.http.controller.js';
import { WorkingDaysQueryController } from './working-days.query.controller.js';

/** Working days in China: the calendar the publicity period counts with, and the organiser's corrections (docs/working-days.md). */
@Module({
  controllers: [WorkingDaysQueryController, CorrectWorkingDayHttpController, WithdrawWorkingDayCorrectionHttpController],
  providers: [CorrectWorkingDayHandler, WithdrawWorkingDayCorrectionHandler],
})
export class CalendarModule {}
