import type { ForgetPersonDto } from './forget-person.request.dto.js';
import type { RequestContext } from '../../auth.decorators.js';

/** The organiser forgets a person (or everyone of an entry): crypto-shredding of their personal data. */
export class ForgetPersonCommand {
  constructor(
    readonly dto: ForgetPersonDto,
    readonly caller: RequestContext,
  ) {}
}
