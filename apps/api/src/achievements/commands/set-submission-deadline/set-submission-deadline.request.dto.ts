export { SubmissionDeadlineDto } from '#contracts';
