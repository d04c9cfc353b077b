export { CommandDto as SubmitAchievementDto } from '#contracts';
