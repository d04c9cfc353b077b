import { ForbiddenException, Inject, NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { entryDecider, streams, tradeDecider, type EntryContext } from '#domain';
import { APP_CONFIG, type AppConfig } from '#platform';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { entryIdFor } from '../../entry-id.js';
import { SubmitEntryCommand } from './submit-entry.command.js';

/** A contestant enters themself, or a city reviewer or the organiser enters someone. */
@CommandHandler(SubmitEntryCommand)
export class SubmitEntryHandler implements ICommandHandler<SubmitEntryCommand> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ dto, caller }: SubmitEntryCommand) {
    const { user } = caller;
    if (user.role === 'city_reviewer' && user.city !== dto.city) {
      throw new ForbiddenException(`A reviewer of ${user.city} can enter people of ${user.city} only`);
    }
    const contest = this.projections.models.catalogue.contest;
    if (!contest) throw new NotFoundException('No contest is open for entries');

    const { commandId, ...details } = dto;
    const entryId = entryIdFor(this.config.PERSON_KEY_SECRET, contest.contestId, dto.idNumber);
    const result = await this.executor.execute({
      streamId: streams.entry(entryId),
      decider: entryDecider,
      command: {
        type: 'SubmitEntry',
        entryId,
        contestId: contest.contestId,
        details: {
          ...details,
          employer: { ...details.employer },
          ...(user.role === 'contestant' ? { contestantUserId: user.userId } : {}),
        },
      },
      context: () => this.context(dto.tradeId),
      meta: { commandId, actor: { userId: user.userId, role: user.role }, device: caller.device, correlationId: caller.correlationId },
    });
    return { entryId, commandId, position: result.position };
  }

  private async context(tradeId: string): Promise<EntryContext> {
    const trade = await this.cache.load(streams.trade(tradeId), tradeDecider);
    return { tradeExists: () => trade.state.definition !== undefined, lotsDrawn: () => trade.state.competitors !== undefined };
  }
}
