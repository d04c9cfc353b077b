import { NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId } from '#application';
import type { CreateEditionDto, EditionCreatedAnswer } from '#contracts';
import { catalogueToRows, contestDecider, copyEditionCatalogue, streams } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { CatalogueImporter } from '../../catalogue-importer.service.js';

export class CreateEditionCommand {
  constructor(
    readonly dto: CreateEditionDto,
    readonly caller: RequestContext,
  ) {}
}

/**
 * The organiser creates an edition (name, year, contest days, registration deadline); it becomes the
 * current one. With `copyFrom`, the earlier edition's events and trades come along through the
 * catalogue import, as a workbook of them would (docs/setting-up-an-edition.md).
 */
@CommandHandler(CreateEditionCommand)
export class CreateEditionHandler implements ICommandHandler<CreateEditionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
    private readonly importer: CatalogueImporter,
  ) {}

  async execute({ dto, caller }: CreateEditionCommand): Promise<EditionCreatedAnswer> {
    const { commandId, id, name, year, firstDay, lastDay, registrationClosesAt, copyFrom } = dto;
    const source = copyFrom === undefined ? undefined : await this.sourceEdition(copyFrom);
    const days = firstDay && lastDay ? { first: firstDay, last: lastDay } : undefined;
    const result = await this.executor.execute({
      streamId: streams.contest(id),
      decider: contestDecider,
      command: {
        type: 'DefineContest',
        contest: { id, name: name.trim(), year, demo: false, events: [], trades: [], ...(days ? { days } : {}) },
      },
      meta: commandMeta(caller, commandId),
    });
    if (registrationClosesAt) {
      await this.executor.execute({
        streamId: streams.contest(id),
        decider: contestDecider,
        command: { type: 'SetRegistrationDeadline', closesAt: registrationClosesAt },
        meta: commandMeta(caller, deterministicId(`${commandId}/deadline`)),
      });
    }
    if (!source) return { commandId, contestId: id, position: result.position };
    const copy = copyEditionCatalogue(source.events, source.trades, { from: source.year, to: year });
    const copied = await this.importer.import(`copy of ${copyFrom}`, catalogueToRows(copy.events, copy.trades), {
      userId: caller.user.userId,
      role: caller.user.role,
    });
    return { commandId, contestId: id, position: result.position, copied };
  }

  /** The edition to copy, as the catalogue holds it: checked before anything is written. */
  private async sourceEdition(contestId: string) {
    await this.projections.catchUpToHead();
    const catalogue = this.projections.models.catalogue;
    const edition = catalogue.edition(contestId);
    if (!edition)
      throw new NotFoundException({ message: `There is no edition ${contestId}`, code: 'edition.unknown', params: { edition: contestId } });
    return {
      year: edition.year,
      events: [...catalogue.eventsOf(contestId).values()].map(({ tradeIds: _tradeIds, ...event }) => event),
      trades: catalogue.tradesOf(contestId).map((trade) => trade.definition),
    };
  }
}
