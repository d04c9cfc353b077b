import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamStateCache } from '#application';
import { invalid, isValidCreditCode, isValidResidentId, notFound, streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { AccountRegistrar } from '../../account-registrar.service.js';
import { CreateJudgeCommand } from './create-judge.command.js';
import type { JudgeCreatedAnswer } from '#contracts';

/**
 * RegisterUser for a judge account: with an initial password, or without (then it waits for its
 * activation with a one-time code, see IssueActivationCodes); an ID number and phone, if given,
 * are personal data (encrypted per person in the store, masked on screens). The employer and city are kept on the account and travel into
 * a panel when the organiser assigns the judge (conflict of interest). The user decider refuses a
 * taken username (409); the trades are checked against their streams here (404).
 */
@CommandHandler(CreateJudgeCommand)
export class CreateJudgeHandler implements ICommandHandler<CreateJudgeCommand> {
  constructor(
    private readonly cache: StreamStateCache,
    private readonly accounts: AccountRegistrar,
  ) {}

  async execute({ dto, caller }: CreateJudgeCommand): Promise<JudgeCreatedAnswer> {
    if (dto.idNumber !== undefined && !isValidResidentId(dto.idNumber)) {
      throw invalid('The resident ID number is not valid (GB 11643 check digit)', 'idNumber', {
        code: 'entries.id_number',
        params: { person: dto.displayName },
      });
    }
    if (!isValidCreditCode(dto.employer.creditCode)) {
      throw invalid('The unified social credit code is not valid (GB 32100 check character)', 'employer.creditCode', {
        code: 'entries.credit_code',
      });
    }
    for (const tradeId of dto.tradeIds) {
      const trade = await this.cache.load(streams.trade(tradeId), tradeDecider);
      if (!trade.state.definition)
        throw notFound(`Unknown trade ${tradeId}`, 'tradeIds', { code: 'catalogue.unknown_trade', params: { tradeId } });
    }
    const { userId, username, commandId, position } = await this.accounts.register(
      {
        username: dto.username,
        displayName: dto.displayName.trim(),
        role: dto.role,
        city: dto.city,
        tradeIds: [...dto.tradeIds],
        employer: { name: dto.employer.name.trim(), creditCode: dto.employer.creditCode },
      },
      dto.password ?? null,
      () => commandMeta(caller, dto.commandId),
      dto.idNumber || dto.phone
        ? { ...(dto.idNumber ? { idNumber: dto.idNumber } : {}), ...(dto.phone ? { phone: dto.phone } : {}) }
        : undefined,
    );
    return { userId, username, role: dto.role, commandId, position, active: dto.password !== undefined };
  }
}
