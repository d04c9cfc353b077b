export { CheckInDto } from '#contracts';
