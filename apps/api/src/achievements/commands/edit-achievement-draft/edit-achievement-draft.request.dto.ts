export { AchievementDraftDto as EditAchievementDraftDto } from '#contracts';
