import type { RequestContext } from '../../../identity/auth.decorators.js';

/** The organiser withdraws a correction: the date reads as the data file (or Monday–Friday) says again. */
export class WithdrawWorkingDayCorrectionCommand {
  constructor(
    readonly date: string,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}
