export { ExpertReviewSettingsDto } from '#contracts';
