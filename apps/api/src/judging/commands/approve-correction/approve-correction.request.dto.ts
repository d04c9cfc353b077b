export { CommandDto as ApproveCorrectionDto } from '#contracts';
