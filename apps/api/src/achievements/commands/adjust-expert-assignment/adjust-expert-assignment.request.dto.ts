export { AdjustExpertAssignmentDto } from '#contracts';
