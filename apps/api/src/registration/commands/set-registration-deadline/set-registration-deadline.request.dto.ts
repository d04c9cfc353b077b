export { RegistrationDeadlineDto } from '#contracts';
