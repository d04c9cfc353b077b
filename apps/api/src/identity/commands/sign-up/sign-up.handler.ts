import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AccountRegistrar } from '../../account-registrar.service.js';
import { SignUpCommand } from './sign-up.command.js';
import type { SignUpAnswer } from '#contracts';

@CommandHandler(SignUpCommand)
export class SignUpHandler implements ICommandHandler<SignUpCommand> {
  constructor(private readonly accounts: AccountRegistrar) {}

  async execute({ dto, device }: SignUpCommand): Promise<SignUpAnswer> {
    const { userId, commandId, position } = await this.accounts.register(
      { username: dto.username, displayName: dto.displayName, role: 'contestant' },
      dto.password,
      (userId) => ({ commandId: dto.commandId, actor: { userId, role: 'contestant' }, device }),
    );
    return { userId, commandId, position };
  }
}
