export { CommandDto as FreezeBoardDto } from '#contracts';
