export { CommandDto as ReviewEntryDto, ReasonedCommandDto, WithdrawEntryDto } from '#contracts';
