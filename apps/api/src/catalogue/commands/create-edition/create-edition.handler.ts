import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId } from '#application';
import type { CreateEditionDto, EditionCreatedAnswer } from '#contracts';
import { contestDecider, streams } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class CreateEditionCommand {
  constructor(
    readonly dto: CreateEditionDto,
    readonly caller: RequestContext,
  ) {}
}

/** The organiser creates an edition (name, year, contest days, registration deadline); it becomes the current one. */
@CommandHandler(CreateEditionCommand)
export class CreateEditionHandler implements ICommandHandler<CreateEditionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ dto, caller }: CreateEditionCommand): Promise<EditionCreatedAnswer> {
    const { commandId, id, name, year, firstDay, lastDay, registrationClosesAt } = dto;
    const days = firstDay && lastDay ? { first: firstDay, last: lastDay } : undefined;
    const result = await this.executor.execute({
      streamId: streams.contest(id),
      decider: contestDecider,
      command: {
        type: 'DefineContest',
        contest: { id, name: name.trim(), year, demo: false, events: [], trades: [], ...(days ? { days } : {}) },
      },
      meta: commandMeta(caller, commandId),
    });
    if (registrationClosesAt) {
      await this.executor.execute({
        streamId: streams.contest(id),
        decider: contestDecider,
        command: { type: 'SetRegistrationDeadline', closesAt: registrationClosesAt },
        meta: commandMeta(caller, deterministicId(`${commandId}/deadline`)),
      });
    }
    return { commandId, contestId: id, position: result.position };
  }
}
