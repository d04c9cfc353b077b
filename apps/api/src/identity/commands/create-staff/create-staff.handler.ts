import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId } from '#application';
import type { CreateStaffDto, StaffCreatedAnswer } from '#contracts';
import { ACTIVATION_CODE_DAYS, invalid, streams, userDecider } from '#domain';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '#platform';
import { commandMeta } from '../../../command-meta.js';
import { AccountRegistrar } from '../../account-registrar.service.js';
import { activationCode, activationCodeHash } from '../../activation-codes.js';
import type { RequestContext } from '../../auth.decorators.js';

export class CreateStaffCommand {
  constructor(
    readonly dto: CreateStaffDto,
    readonly caller: RequestContext,
  ) {}
}

/**
 * RegisterUser for a staff account without a password, then IssueActivationCode: the organiser hands
 * the one-time code (answered once, never stored but as its hash) to the person, who chooses a
 * password at /activate. A retried request answers the same code.
 */
@CommandHandler(CreateStaffCommand)
export class CreateStaffHandler implements ICommandHandler<CreateStaffCommand> {
  constructor(
    private readonly accounts: AccountRegistrar,
    private readonly executor: CommandExecutor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ dto, caller }: CreateStaffCommand): Promise<StaffCreatedAnswer> {
    if (dto.role === 'city_reviewer' && !dto.city)
      throw invalid('A city reviewer needs a city', 'city', { code: 'accounts.reviewer_city' });
    const { userId, username } = await this.accounts.register(
      {
        username: dto.username,
        displayName: dto.displayName.trim(),
        role: dto.role,
        ...(dto.role === 'city_reviewer' ? { city: dto.city } : {}),
      },
      null,
      () => commandMeta(caller, dto.commandId),
    );
    const code = activationCode(this.config.JWT_SECRET, dto.commandId, userId);
    const expiresAt = new Date(this.clock().getTime() + ACTIVATION_CODE_DAYS * 86_400_000).toISOString();
    const issued = await this.executor.execute({
      streamId: streams.user(userId),
      decider: userDecider,
      command: { type: 'IssueActivationCode', codeHash: activationCodeHash(code), expiresAt },
      meta: commandMeta(caller, deterministicId(`staff-activation/${dto.commandId}`)),
    });
    return { userId, username, role: dto.role, code, expiresAt: issued.duplicate ? null : expiresAt };
  }
}
