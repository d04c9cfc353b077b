import type { RequestContext } from '../../auth.decorators.js';

/** A device of a judge is unpaired (a lost tablet), by the judge or the organiser: its sessions end at once. */
export class UnpairDeviceCommand {
  constructor(
    readonly userId: string,
    readonly deviceId: string,
    readonly caller: RequestContext,
  ) {}
}
