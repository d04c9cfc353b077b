export { CommandDto as RevealBoardDto } from '#contracts';
