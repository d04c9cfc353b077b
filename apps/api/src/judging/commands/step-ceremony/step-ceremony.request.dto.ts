export { CommandDto as StepCeremonyDto } from '#contracts';
