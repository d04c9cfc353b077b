export { CommitDrawDto } from '#contracts';
