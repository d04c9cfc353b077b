export { DecideAppealDto, RemedyDto } from '#contracts';
