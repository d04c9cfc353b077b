export { ReviewDiscussionDto } from '#contracts';
