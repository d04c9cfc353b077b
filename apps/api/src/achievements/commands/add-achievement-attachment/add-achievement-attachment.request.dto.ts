export { AchievementVideoLinkDto, CommandDto as AchievementFileDto } from '#contracts';
