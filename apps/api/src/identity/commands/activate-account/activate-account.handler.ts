import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { forbidden, streams, userDecider, userIdFor } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { activationCodeHash } from '../../activation-codes.js';
import { PasswordHasher } from '../../password-hasher.js';
import { ActivateAccountCommand } from './activate-account.command.js';

/** ActivateAccount: the code's hash must be the one issued last, unexpired; the code is then spent. */
@CommandHandler(ActivateAccountCommand)
export class ActivateAccountHandler implements ICommandHandler<ActivateAccountCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ username, code, password, device, correlationId, commandId }: ActivateAccountCommand) {
    const userId = userIdFor(username);
    const streamId = streams.user(userId);
    const profile = (await this.cache.load(streamId, userDecider)).state.profile;
    // An unknown username answers like a wrong code: the endpoint does not tell which accounts exist.
    if (!profile) throw forbidden('The activation code is not valid', 'code', { code: 'judges.activation_invalid' });
    const result = await this.executor.execute({
      streamId,
      decider: userDecider,
      command: {
        type: 'ActivateAccount',
        codeHash: activationCodeHash(code),
        passwordHash: await this.hasher.hash(password),
        at: this.clock().toISOString(),
      },
      // The judge activating is the actor: nobody is logged in yet.
      meta: { commandId, actor: { userId, role: profile.role }, device, correlationId },
    });
    return { userId, username: profile.username, position: result.position };
  }
}
