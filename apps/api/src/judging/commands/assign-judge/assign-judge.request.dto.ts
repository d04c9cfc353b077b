export { AssignJudgeDto } from '#contracts';
