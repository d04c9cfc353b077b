import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#platform';
import { IdentityModule } from '../identity/identity.module.js';
import { AchievementsContext } from './achievements-context.service.js';
import { AchievementsListController } from './achievements-list.controller.js';
import { AchievementsQueryController } from './achievements.query.controller.js';
import { BlobStore } from './blob-store.js';
import { AddAchievementAttachmentHandler } from './commands/add-achievement-attachment/add-achievement-attachment.handler.js';
import { AddAchievementAttachmentHttpController } from './commands/add-achievement-attachment/add-achievement-attachment.http.controller.js';
import { DraftAchievementHandler } from './commands/draft-achievement/draft-achievement.handler.js';
import { DraftAchievementHttpController } from './commands/draft-achievement/draft-achievement.http.controller.js';
import { EditAchievementDraftHandler } from './commands/edit-achievement-draft/edit-achievement-draft.handler.js';
import { EditAchievementDraftHttpController } from './commands/edit-achievement-draft/edit-achievement-draft.http.controller.js';
import { RemoveAchievementAttachmentHandler } from './commands/remove-achievement-attachment/remove-achievement-attachment.handler.js';
import { RemoveAchievementAttachmentHttpController } from './commands/remove-achievement-attachment/remove-achievement-attachment.http.controller.js';
import { ReviewAchievementHandler } from './commands/review-achievement/review-achievement.handler.js';
import { ReviewAchievementHttpController } from './commands/review-achievement/review-achievement.http.controller.js';
import { SetSubmissionDeadlineHandler } from './commands/set-submission-deadline/set-submission-deadline.handler.js';
import { SetSubmissionDeadlineHttpController } from './commands/set-submission-deadline/set-submission-deadline.http.controller.js';
import { SubmitAchievementHandler } from './commands/submit-achievement/submit-achievement.handler.js';
import { AchievementsDemoSeeder } from './demo/achievements-demo-seeder.service.js';
import { SubmitAchievementHttpController } from './commands/submit-achievement/submit-achievement.http.controller.js';
import { SetReviewSettingsHandler } from './commands/set-review-settings/set-review-settings.handler.js';
import { SetReviewSettingsHttpController } from './commands/set-review-settings/set-review-settings.http.controller.js';
import { AssignExpertsHandler } from './commands/assign-experts/assign-experts.handler.js';
import { AssignExpertsHttpController } from './commands/assign-experts/assign-experts.http.controller.js';
import { AdjustExpertAssignmentHandler } from './commands/adjust-expert-assignment/adjust-expert-assignment.handler.js';
import { AdjustExpertAssignmentHttpController } from './commands/adjust-expert-assignment/adjust-expert-assignment.http.controller.js';
import { ScoreAchievementHandler } from './commands/score-achievement/score-achievement.handler.js';
import { ScoreAchievementHttpController } from './commands/score-achievement/score-achievement.http.controller.js';
import { RecordReviewDiscussionHandler } from './commands/record-review-discussion/record-review-discussion.handler.js';
import { RecordReviewDiscussionHttpController } from './commands/record-review-discussion/record-review-discussion.http.controller.js';
import { ExpertReviewContext } from './review/expert-review-context.service.js';
import { ExpertReviewQueryController } from './review/expert-review.query.controller.js';

/** Achievement reviews (docs/achievements.md): submissions with attachments, the city's recommendation, the province's eligibility check. */
@Module({
  imports: [IdentityModule],
  controllers: [
    // Before the query controller: `achievements/mine` is not an achievement id.
    AchievementsListController,
    AchievementsQueryController,
    DraftAchievementHttpController,
    EditAchievementDraftHttpController,
    AddAchievementAttachmentHttpController,
    RemoveAchievementAttachmentHttpController,
    SubmitAchievementHttpController,
    ReviewAchievementHttpController,
    SetSubmissionDeadlineHttpController,
    ExpertReviewQueryController,
    SetReviewSettingsHttpController,
    AssignExpertsHttpController,
    AdjustExpertAssignmentHttpController,
    ScoreAchievementHttpController,
    RecordReviewDiscussionHttpController,
  ],
  providers: [
    AchievementsContext,
    { provide: BlobStore, useFactory: (config: AppConfig) => new BlobStore(config.blobDir), inject: [APP_CONFIG] },
    DraftAchievementHandler,
    EditAchievementDraftHandler,
    AddAchievementAttachmentHandler,
    RemoveAchievementAttachmentHandler,
    SubmitAchievementHandler,
    ReviewAchievementHandler,
    SetSubmissionDeadlineHandler,
    ExpertReviewContext,
    SetReviewSettingsHandler,
    AssignExpertsHandler,
    AdjustExpertAssignmentHandler,
    ScoreAchievementHandler,
    RecordReviewDiscussionHandler,
    AchievementsDemoSeeder,
  ],
})
export class AchievementsModule {}
