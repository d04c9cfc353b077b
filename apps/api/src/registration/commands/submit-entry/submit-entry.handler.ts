import { ForbiddenException, Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { entryDecider, streams, type EntryCommand, type EntryDetails } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { commandMeta } from '../../../command-meta.js';
import { EntryClaims } from '../../entry-claims.service.js';
import { RegistrationContext } from '../../registration-context.service.js';
import { SubmitEntryCommand } from './submit-entry.command.js';
import type { EntryAnswer } from '#contracts';

/**
 * A contestant enters themself, or a city reviewer or the organiser enters someone (or a team).
 * The entry is decided first, so that nothing is claimed for an entry the rules refuse; then each
 * person is enrolled (one person, one trade), then the entry is written.
 */
@CommandHandler(SubmitEntryCommand)
export class SubmitEntryHandler implements ICommandHandler<SubmitEntryCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly registration: RegistrationContext,
    private readonly claims: EntryClaims,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ dto, caller }: SubmitEntryCommand): Promise<EntryAnswer> {
    const { user } = caller;
    if (user.role === 'city_reviewer' && user.city !== dto.city) {
      throw new ForbiddenException({
        message: `A reviewer of ${user.city} can enter people of ${user.city} only`,
        code: 'entries.reviewer_own_city',
        params: { city: user.city ?? null, rowCity: dto.city },
      });
    }
    const { commandId, ...fields } = dto;
    const details: EntryDetails = {
      ...fields,
      employer: { ...fields.employer },
      members: (fields.members ?? []).map((m) => ({ name: m.name, idNumber: m.idNumber, phone: m.phone })),
      ...(user.role === 'contestant' ? { contestantUserId: user.userId } : {}),
    };
    const contestId = this.registration.contestId;
    const entryId = this.registration.personKey(dto.idNumber, contestId);
    const streamId = streams.entry(entryId);
    const command: EntryCommand = { type: 'SubmitEntry', entryId, contestId, details, at: this.clock().toISOString() };
    const meta = commandMeta(caller, commandId);

    const current = await this.cache.load(streamId, entryDecider);
    if (!current.commands.has(commandId)) entryDecider.decide(command, current.state, await this.registration.forTrade(dto.tradeId));

    const undoEnrolments = await this.claims.enrolPeople(entryId, details, meta);
    try {
      const result = await this.executor.execute({
        streamId,
        decider: entryDecider,
        command,
        context: () => this.registration.forTrade(dto.tradeId),
        meta,
      });
      return { entryId, commandId, position: result.position };
    } catch (error) {
      await undoEnrolments();
      throw error;
    }
  }
}
