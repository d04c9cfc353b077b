import { Injectable } from '@nestjs/common';
import { type CommandMeta, CommandExecutor } from '#application';
import { normaliseUsername, type PersonalContact, streams, userDecider, userIdFor, type UserProfile } from '#domain';
import { PasswordHasher } from './password-hasher.js';

/** Registers an account: the id derives from the normalised username, so a name is taken once (409). */
@Injectable()
export class AccountRegistrar {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly hasher: PasswordHasher,
  ) {}

  /**
   * `meta` may depend on the new account's id (a contestant signing up is their own actor). Without a
   * password (null) the account waits for its activation with a one-time code.
   */
  async register(
    account: Omit<UserProfile, 'userId' | 'username'> & { username: string },
    password: string | null,
    meta: (userId: string) => CommandMeta,
    personal?: PersonalContact,
  ) {
    const username = normaliseUsername(account.username);
    const userId = userIdFor(username);
    const result = await this.executor.execute({
      streamId: streams.user(userId),
      decider: userDecider,
      command: {
        type: 'RegisterUser',
        profile: { ...account, userId, username },
        passwordHash: password === null ? '' : await this.hasher.hash(password),
        ...(personal ? { personal } : {}),
      },
      meta: meta(userId),
    });
    return { userId, username, commandId: result.commandId, position: result.position, duplicate: result.duplicate };
  }
}
