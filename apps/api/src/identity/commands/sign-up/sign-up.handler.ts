import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { normaliseUsername, streams, userDecider, userIdFor } from '#domain';
import { PasswordHasher } from '../../password-hasher.js';
import { SignUpCommand } from './sign-up.command.js';

@CommandHandler(SignUpCommand)
export class SignUpHandler implements ICommandHandler<SignUpCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute({ dto, device }: SignUpCommand) {
    const username = normaliseUsername(dto.username);
    const userId = userIdFor(username);
    const result = await this.executor.execute({
      streamId: streams.user(userId),
      decider: userDecider,
      command: {
        type: 'RegisterUser',
        profile: { userId, username, displayName: dto.displayName, role: 'contestant' },
        passwordHash: await this.hasher.hash(dto.password),
      },
      meta: { commandId: dto.commandId, actor: { userId, role: 'contestant' }, device },
    });
    return { userId, commandId: result.commandId, position: result.position };
  }
}
