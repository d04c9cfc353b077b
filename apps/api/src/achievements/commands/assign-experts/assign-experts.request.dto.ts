export { CommandDto as AssignExpertsDto } from '#contracts';
