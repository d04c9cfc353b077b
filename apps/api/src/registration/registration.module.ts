import { Module } from '@nestjs/common';
import { RecordPriorFirstPrizeHandler } from './commands/record-prior-first-prize/record-prior-first-prize.handler.js';
import { RecordPriorFirstPrizeHttpController } from './commands/record-prior-first-prize/record-prior-first-prize.http.controller.js';
import { ReviewEntryHandler } from './commands/review-entry/review-entry.handler.js';
import { ReviewEntryHttpController } from './commands/review-entry/review-entry.http.controller.js';
import { SetRegistrationRulesHandler } from './commands/set-registration-rules/set-registration-rules.handler.js';
import { SetRegistrationRulesHttpController } from './commands/set-registration-rules/set-registration-rules.http.controller.js';
import { SetRegistrationDeadlineHandler } from './commands/set-registration-deadline/set-registration-deadline.handler.js';
import { SetRegistrationDeadlineHttpController } from './commands/set-registration-deadline/set-registration-deadline.http.controller.js';
import { SubmitEntryHandler } from './commands/submit-entry/submit-entry.handler.js';
import { SubmitEntryHttpController } from './commands/submit-entry/submit-entry.http.controller.js';
import { BulkEntryController } from './bulk/bulk-entry.controller.js';
import { BulkEntryService } from './bulk/bulk-entry.service.js';
import { EntriesExportService } from './bulk/entries-export.service.js';
import { ExportsController } from './bulk/exports.controller.js';
import { EntryClaims } from './entry-claims.service.js';
import { RegistrationContext } from './registration-context.service.js';
import { RegistrationController } from './registration.controller.js';

@Module({
  controllers: [
    RegistrationController,
    BulkEntryController,
    ExportsController,
    RecordPriorFirstPrizeHttpController,
    ReviewEntryHttpController,
    SetRegistrationRulesHttpController,
    SetRegistrationDeadlineHttpController,
    SubmitEntryHttpController,
  ],
  providers: [
    RegistrationContext,
    EntryClaims,
    SubmitEntryHandler,
    ReviewEntryHandler,
    SetRegistrationDeadlineHandler,
    SetRegistrationRulesHandler,
    RecordPriorFirstPrizeHandler,
    BulkEntryService,
    EntriesExportService,
  ],
  exports: [RegistrationContext],
})
export class RegistrationModule {}
