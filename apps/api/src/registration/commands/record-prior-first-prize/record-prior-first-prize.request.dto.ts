export { PriorFirstPrizeDto } from '#contracts';
