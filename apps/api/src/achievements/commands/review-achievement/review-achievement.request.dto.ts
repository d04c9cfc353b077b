export { CommandDto as ReviewAchievementDto, ReasonedCommandDto as ReasonedAchievementReviewDto } from '#contracts';
