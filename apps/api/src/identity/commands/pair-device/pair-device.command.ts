import type { RequestContext } from '../../auth.decorators.js';

/** A judge pairs the tablet they mark on: the answer is a session bound to the new device. */
export class PairDeviceCommand {
  constructor(
    readonly label: string,
    readonly caller: RequestContext,
  ) {}
}
