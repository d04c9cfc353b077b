import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { RegistrationRulesDto } from '#contracts';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';

export class SetRegistrationRulesCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: RegistrationRulesDto,
    readonly caller: RequestContext,
  ) {}
}

/** The organiser sets a trade's eligibility rules and city quota, until its lots are drawn. */
@CommandHandler(SetRegistrationRulesCommand)
export class SetRegistrationRulesHandler implements ICommandHandler<SetRegistrationRulesCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ tradeId, dto, caller }: SetRegistrationRulesCommand) {
    const { commandId, ageWindow, quotaPerCity, noFirstPrizeInLastEditions } = dto;
    const rules = {
      ...(ageWindow ? { ageWindow: { min: ageWindow.min, max: ageWindow.max } } : {}),
      ...(quotaPerCity !== undefined ? { quotaPerCity } : {}),
      ...(noFirstPrizeInLastEditions !== undefined ? { noFirstPrizeInLastEditions } : {}),
    };
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'SetRegistrationRules', rules },
      meta: commandMeta(caller, commandId),
    });
    return { commandId, position: result.position, rules };
  }
}
