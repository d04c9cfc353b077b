import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { entryDecider, streams } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { EntryClaims } from '../../entry-claims.service.js';
import { RegistrationContext } from '../../registration-context.service.js';
import { ReviewEntryCommand } from './review-entry.command.js';
import type { EntryAnswer } from '#contracts';

/**
 * A decision on an entry. A city approval first takes one of the city's quota slots (refused when
 * none is free); a rejection or withdrawal then gives the slot and the people's enrolments back.
 */
@CommandHandler(ReviewEntryCommand)
export class ReviewEntryHandler implements ICommandHandler<ReviewEntryCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly registration: RegistrationContext,
    private readonly claims: EntryClaims,
  ) {}

  async execute({ entryId, decision, commandId, caller }: ReviewEntryCommand): Promise<EntryAnswer> {
    const streamId = streams.entry(entryId);
    const meta = commandMeta(caller, commandId, 'reason' in decision ? decision.reason : undefined);
    const current = await this.cache.load(streamId, entryDecider);
    const details = current.state.details;
    const context = () => this.registration.forTrade(details?.tradeId ?? '');
    const decide = () => this.executor.execute({ streamId, decider: entryDecider, command: decision, context, meta });

    if (!details) return this.answer(entryId, commandId, await decide());
    // Decided first on the current state: nothing is claimed or released for a refused decision.
    // A retried command skips that check and finishes its idempotent steps.
    const trade = await context();
    if (!current.commands.has(commandId)) entryDecider.decide(decision, current.state, trade);

    if (decision.type === 'ApproveEntryByCity') {
      const giveBack = await this.claims.takeQuotaSlot(entryId, details, trade.trade?.registration?.quotaPerCity, meta);
      try {
        return this.answer(entryId, commandId, await decide());
      } catch (error) {
        await giveBack();
        throw error;
      }
    }

    const result = await decide();
    if (decision.type !== 'ConfirmEntry') {
      await this.claims.releaseQuotaSlot(entryId, details, meta);
      await this.claims.releasePeople(entryId, details, meta);
    }
    return this.answer(entryId, commandId, result);
  }

  private answer(entryId: string, commandId: string, result: { position: number }) {
    return { entryId, commandId, position: result.position };
  }
}
