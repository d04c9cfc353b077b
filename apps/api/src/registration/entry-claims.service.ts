import { Injectable } from '@nestjs/common';
import { type CommandMeta, CommandExecutor, deterministicId } from '#application';
import { cityQuotaDecider, enrolmentDecider, peopleOf, streams, type EntryDetails } from '#domain';
import { RegistrationContext } from './registration-context.service.js';

/**
 * The consistency boundaries around an entry: each person's enrolment (one person, one trade) and
 * the city's quota slots. A claim is made before the entry changes and undone if the change is
 * refused; every step is idempotent by command id, so a retried request finishes what a crash left.
 */
@Injectable()
export class EntryClaims {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly context: RegistrationContext,
  ) {}

  /** Enrols every person of the entry; on a refusal, undoes the enrolments this command made. */
  async enrolPeople(entryId: string, details: EntryDetails, meta: CommandMeta): Promise<() => Promise<void>> {
    const made: string[] = [];
    const undo = () => this.releaseStreams(made, entryId, meta);
    try {
      for (const person of peopleOf(details)) {
        const streamId = streams.enrolment(this.context.personKey(person.idNumber));
        const result = await this.executor.execute({
          streamId,
          decider: enrolmentDecider,
          command: { type: 'Enrol', entryId, tradeId: details.tradeId, name: person.name },
          meta,
        });
        if (result.duplicate || result.events.length > 0) made.push(streamId);
      }
    } catch (error) {
      await undo();
      throw error;
    }
    return undo;
  }

  async releasePeople(entryId: string, details: EntryDetails, meta: CommandMeta): Promise<void> {
    const streamIds = peopleOf(details).map((person) => streams.enrolment(this.context.personKey(person.idNumber)));
    await this.releaseStreams(streamIds, entryId, meta);
  }

  /** Takes a quota slot for the entry; returns how to give it back if the approval is then refused. */
  async takeQuotaSlot(entryId: string, details: EntryDetails, quota: number | undefined, meta: CommandMeta): Promise<() => Promise<void>> {
    const { tradeId, city } = details;
    const result = await this.executor.execute({
      streamId: streams.cityQuota(tradeId, city),
      decider: cityQuotaDecider,
      command: { type: 'TakeQuotaSlot', tradeId, city, entryId, quota },
      meta,
    });
    const tookIt = result.duplicate || result.events.length > 0;
    return async () => {
      if (tookIt) await this.releaseQuotaSlot(entryId, details, undoMeta(meta));
    };
  }

  async releaseQuotaSlot(entryId: string, details: EntryDetails, meta: CommandMeta): Promise<void> {
    const { tradeId, city } = details;
    await this.executor.execute({
      streamId: streams.cityQuota(tradeId, city),
      decider: cityQuotaDecider,
      command: { type: 'ReleaseQuotaSlot', tradeId, city, entryId },
      meta,
    });
  }

  private async releaseStreams(streamIds: readonly string[], entryId: string, meta: CommandMeta): Promise<void> {
    for (const streamId of streamIds) {
      await this.executor.execute({ streamId, decider: enrolmentDecider, command: { type: 'Release', entryId }, meta: undoMeta(meta) });
    }
  }
}

/** An undo is a command of its own (derived id), so that it is not mistaken for the claim it undoes. */
const undoMeta = (meta: CommandMeta): CommandMeta => ({
  ...meta,
  commandId: deterministicId(`${meta.commandId}/undo`),
  causationId: meta.commandId,
});
