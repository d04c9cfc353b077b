export { DrawLotsDto } from '#contracts';
