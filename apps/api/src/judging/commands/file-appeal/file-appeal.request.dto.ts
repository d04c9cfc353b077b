export { FileAppealDto } from '#contracts';
