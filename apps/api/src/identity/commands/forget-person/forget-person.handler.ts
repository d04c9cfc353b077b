import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { FORGOTTEN, invalid, notFound, peopleOf, type PersonAppearance, personDecider, streams } from '#domain';
import { PERSON_KEY_STORE, type PersonKeyStore } from '#event-store';
import { APP_CONFIG, type AppConfig, personKey } from '#platform';
import type { EntriesReadModel } from '#read-models';
import { commandMeta } from '../../../command-meta.js';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { ForgetPersonCommand } from './forget-person.command.js';
import type { ForgetPersonAnswer } from '#contracts';

/**
 * Forgetting a person: their key is deleted from the key store first, so from that moment nothing
 * can read their ID number and phone in any event, on any node; then `PersonForgotten` records it
 * (with the reason, and without personal data) and tells the read models to drop what they hold.
 * A retried request repeats both steps harmlessly: the key is gone, the event is not written twice.
 */
@CommandHandler(ForgetPersonCommand)
export class ForgetPersonHandler implements ICommandHandler<ForgetPersonCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
    @Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ dto, caller }: ForgetPersonCommand): Promise<ForgetPersonAnswer> {
    if ((dto.idNumber === undefined) === (dto.entryId === undefined)) {
      throw invalid('Give either the idNumber of the person to forget or the entryId of the entry whose people to forget', 'idNumber', {
        code: 'privacy.id_or_entry',
      });
    }
    await this.projections.catchUpToHead();
    const { entries } = this.projections.models;
    const idNumbers = dto.idNumber !== undefined ? [dto.idNumber] : this.peopleOfEntry(entries, dto.entryId!);

    const forgotten: Array<{ personKey: string; appearances: PersonAppearance[] }> = [];
    let position = 0;
    for (const idNumber of idNumbers) {
      const key = personKey(this.config.PERSON_KEY_SECRET, idNumber);
      const appearances = appearancesOf(entries, idNumber);
      await this.keys.forget(key);
      const result = await this.executor.execute({
        streamId: streams.person(key),
        decider: personDecider,
        command: { type: 'ForgetPerson', personKey: key, appearances },
        meta: commandMeta(caller, dto.commandId, dto.reason),
      });
      position = Math.max(position, result.position);
      forgotten.push({ personKey: key, appearances });
    }
    // The answer comes once this node's read models no longer hold the plaintext.
    await this.projections.catchUpToHead();
    return { commandId: dto.commandId, forgotten, position };
  }

  private peopleOfEntry(entries: EntriesReadModel, entryId: string): string[] {
    const entry = entries.get(entryId);
    if (!entry) throw notFound(`Unknown entry ${entryId}`, 'entryId', { code: 'entries.unknown' });
    return peopleOf(entry)
      .map((person) => person.idNumber)
      .filter((idNumber) => idNumber !== FORGOTTEN);
  }
}

/** Every entry the person is in, as the individual or captain (0) or as the n-th member (n). */
function appearancesOf(entries: EntriesReadModel, idNumber: string): PersonAppearance[] {
  return entries
    .list()
    .flatMap((entry) =>
      peopleOf(entry).flatMap((person, index) => (person.idNumber === idNumber ? [{ entryId: entry.entryId, person: index }] : [])),
    );
}
