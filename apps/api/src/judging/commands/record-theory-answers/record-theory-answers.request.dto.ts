export { TheoryAnswersDto, TheoryAnswersRowDto } from '#contracts';
