import { Module } from '@nestjs/common';
import { ReviewEntryHandler } from './commands/review-entry/review-entry.handler.js';
import { SubmitEntryHandler } from './commands/submit-entry/submit-entry.handler.js';
import { EntriesController } from './entries.controller.js';

@Module({ controllers: [EntriesController], providers: [SubmitEntryHandler, ReviewEntryHandler] })
export class RegistrationModule {}
