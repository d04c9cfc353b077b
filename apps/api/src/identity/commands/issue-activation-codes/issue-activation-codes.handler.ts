import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId, StreamStateCache } from '#application';
import type { CredentialSlip, CredentialSlips, JudgeRole } from '#contracts';
import { ACTIVATION_CODE_DAYS, notFound, streams, userDecider } from '#domain';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '#platform';
import { commandMeta } from '../../../command-meta.js';
import { activationCode, activationCodeHash } from '../../activation-codes.js';
import { IssueActivationCodesCommand } from './issue-activation-codes.command.js';

/**
 * IssueActivationCode on each judge account still waiting for its activation; an active account
 * gets no code (its slip says so). A new code replaces the one before, so a lost slip is reissued.
 */
@CommandHandler(IssueActivationCodesCommand)
export class IssueActivationCodesHandler implements ICommandHandler<IssueActivationCodesCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ userIds, caller, commandId }: IssueActivationCodesCommand): Promise<CredentialSlips> {
    const expiresAt = new Date(this.clock().getTime() + ACTIVATION_CODE_DAYS * 86_400_000).toISOString();
    const slips: CredentialSlip[] = [];
    for (const userId of userIds) {
      const streamId = streams.user(userId);
      const { state } = await this.cache.load(streamId, userDecider);
      const profile = state.profile;
      if (!profile || (profile.role !== 'judge' && profile.role !== 'chief_judge'))
        throw notFound(`No judge account ${userId}`, 'userIds', { code: 'judges.unknown' });
      const slip = {
        userId,
        username: profile.username,
        displayName: profile.displayName,
        role: profile.role as JudgeRole,
        tradeIds: [...(profile.tradeIds ?? [])],
      };
      if (!state.awaitingActivation) {
        slips.push({ ...slip, code: null, expiresAt: null });
        continue;
      }
      const code = activationCode(this.config.JWT_SECRET, commandId, userId);
      const result = await this.executor.execute({
        streamId,
        decider: userDecider,
        command: { type: 'IssueActivationCode', codeHash: activationCodeHash(code), expiresAt },
        meta: commandMeta(caller, deterministicId(`activation/${commandId}/${userId}`)),
      });
      // A retried request answers the codes it issued the first time (the same code, its first expiry).
      const issued = result.duplicate ? state.activation : { expiresAt };
      slips.push({ ...slip, code, expiresAt: issued?.expiresAt ?? expiresAt });
    }
    return { slips };
  }
}
