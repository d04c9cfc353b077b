import type { RequestContext } from '../../../identity/auth.decorators.js';

/** The organiser says a date is a rest day or a working day, whatever the data file says. */
export class CorrectWorkingDayCommand {
  constructor(
    readonly date: string,
    readonly kind: string,
    readonly note: string,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}
