export { CloseCheckInDto } from '#contracts';
