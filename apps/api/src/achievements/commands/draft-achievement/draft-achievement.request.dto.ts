export { DraftAchievementDto } from '#contracts';
