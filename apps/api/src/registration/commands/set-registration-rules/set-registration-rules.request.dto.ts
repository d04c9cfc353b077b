export { RegistrationRulesDto } from '#contracts';
