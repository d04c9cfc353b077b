import type { SignUpDto } from './sign-up.request.dto.js';

/** A contestant creates an account to enter the contest. */
export class SignUpCommand {
  constructor(
    readonly dto: SignUpDto,
    readonly device?: string,
  ) {}
}
