import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { contestDecider, streams } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { SetRegistrationDeadlineCommand } from './set-registration-deadline.command.js';
import { RegistrationContext } from '../../registration-context.service.js';
import type { PositionAnswer } from '#contracts';

/** The organiser sets (or moves) the instant after which entries and withdrawals are refused. */
@CommandHandler(SetRegistrationDeadlineCommand)
export class SetRegistrationDeadlineHandler implements ICommandHandler<SetRegistrationDeadlineCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly registration: RegistrationContext,
  ) {}

  async execute({ dto, caller }: SetRegistrationDeadlineCommand): Promise<PositionAnswer> {
    const result = await this.executor.execute({
      streamId: streams.contest(this.registration.contestId),
      decider: contestDecider,
      command: { type: 'SetRegistrationDeadline', closesAt: dto.closesAt },
      meta: commandMeta(caller, dto.commandId),
    });
    return { commandId: dto.commandId, position: result.position };
  }
}
