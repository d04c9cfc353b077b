export { SubmitEntryDto } from '#contracts';
