/** A judge activates their account with the one-time code of their credential slip and chooses a password. */
export class ActivateAccountCommand {
  constructor(
    readonly username: string,
    readonly code: string,
    readonly password: string,
    readonly commandId: string,
    readonly device?: string,
    readonly correlationId?: string,
  ) {}
}
