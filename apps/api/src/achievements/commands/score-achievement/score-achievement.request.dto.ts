export { ScoreAchievementDto } from '#contracts';
