export { CommandDto as RemoveAchievementAttachmentDto } from '#contracts';
