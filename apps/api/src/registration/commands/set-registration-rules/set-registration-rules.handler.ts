import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { SetRegistrationRulesCommand } from './set-registration-rules.command.js';
import type { RegistrationRulesAnswer } from '#contracts';

/** The organiser sets a trade's eligibility rules and city quota, until its lots are drawn. */
@CommandHandler(SetRegistrationRulesCommand)
export class SetRegistrationRulesHandler implements ICommandHandler<SetRegistrationRulesCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ tradeId, dto, caller }: SetRegistrationRulesCommand): Promise<RegistrationRulesAnswer> {
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
