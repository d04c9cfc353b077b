import { CommandDto } from '#contracts';

/** `POST /api/working-days/:date/correction-withdrawal`: only the command id. */
export class WithdrawWorkingDayCorrectionDto extends CommandDto {}
