import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { invalid, isValidCreditCode, normaliseUsername, notFound, streams, tradeDecider, userDecider, userIdFor } from '#domain';
import { PasswordHasher } from '../../password-hasher.js';
import { CreateJudgeCommand } from './create-judge.command.js';

/**
 * RegisterUser for a judge account. The employer and city are kept on the account and travel into
 * a panel when the organiser assigns the judge (conflict of interest). The user decider refuses a
 * taken username (409); the trades are checked against their streams here (404).
 */
@CommandHandler(CreateJudgeCommand)
export class CreateJudgeHandler implements ICommandHandler<CreateJudgeCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute({ dto, caller }: CreateJudgeCommand) {
    if (!isValidCreditCode(dto.employer.creditCode)) {
      throw invalid('The unified social credit code is not valid (GB 32100 check character)', 'employer.creditCode');
    }
    for (const tradeId of dto.tradeIds) {
      const trade = await this.cache.load(streams.trade(tradeId), tradeDecider);
      if (!trade.state.definition) throw notFound(`Unknown trade ${tradeId}`, 'tradeIds');
    }
    const username = normaliseUsername(dto.username);
    const userId = userIdFor(username);
    const result = await this.executor.execute({
      streamId: streams.user(userId),
      decider: userDecider,
      command: {
        type: 'RegisterUser',
        profile: {
          userId,
          username,
          displayName: dto.displayName.trim(),
          role: dto.role,
          city: dto.city,
          tradeIds: [...dto.tradeIds],
          employer: { name: dto.employer.name.trim(), creditCode: dto.employer.creditCode },
        },
        passwordHash: await this.hasher.hash(dto.password),
      },
      meta: {
        commandId: dto.commandId,
        actor: { userId: caller.user.userId, role: caller.user.role },
        device: caller.device,
        correlationId: caller.correlationId,
      },
    });
    return { userId, username, role: dto.role, commandId: result.commandId, position: result.position };
  }
}
