import { Module } from '@nestjs/common';
import { RecordPriorFirstPrizeHandler } from './commands/record-prior-first-prize/record-prior-first-prize.handler.js';
import { ReviewEntryHandler } from './commands/review-entry/review-entry.handler.js';
import { SetRegistrationDeadlineHandler } from './commands/set-registration-deadline/set-registration-deadline.handler.js';
import { SubmitEntryHandler } from './commands/submit-entry/submit-entry.handler.js';
import { EntryClaims } from './entry-claims.service.js';
import { RegistrationContext } from './registration-context.service.js';
import { RegistrationController } from './registration.controller.js';

@Module({
  controllers: [RegistrationController],
  providers: [
    RegistrationContext,
    EntryClaims,
    SubmitEntryHandler,
    ReviewEntryHandler,
    SetRegistrationDeadlineHandler,
    RecordPriorFirstPrizeHandler,
  ],
  exports: [RegistrationContext],
})
export class RegistrationModule {}
