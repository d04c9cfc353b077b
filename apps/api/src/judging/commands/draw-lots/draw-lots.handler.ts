import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider, type TradeEvent } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { DrawLotsCommand } from './draw-lots.command.js';
import type { DrawLotsAnswer } from '#contracts';

/**
 * The organiser reveals the seed committed to before: competitor numbers, sessions and workstations
 * for the trade's confirmed entries, re-runnable by anyone from the published draw.
 */
@CommandHandler(DrawLotsCommand)
export class DrawLotsHandler implements ICommandHandler<DrawLotsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ tradeId, dto, caller }: DrawLotsCommand): Promise<DrawLotsAnswer> {
    // The confirmed list comes from the read model: bring it up to everything stored so far.
    await this.projections.catchUpToHead();
    const confirmedEntryIds = this.projections.models.entries.confirmedIds(tradeId);
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'DrawLots', seed: dto.seed, confirmedEntryIds },
      meta: commandMeta(caller, dto.commandId),
    });
    if (result.duplicate) {
      // A retry: answer with the draw recorded the first time.
      await this.projections.waitFor(result.position);
      const draw = this.projections.models.catalogue.trades.get(tradeId)?.draw;
      return { commandId: dto.commandId, position: result.position, commitment: draw?.commitment, assignments: draw?.assignments ?? [] };
    }
    const drawn = result.events.flatMap((e) => (e.type === 'LotsDrawn' ? [e.data] : []))[0];
    return {
      commandId: dto.commandId,
      position: result.position,
      commitment: drawn?.commitment,
      assignments: assignmentsOf(result.events),
    };
  }
}

const assignmentsOf = (events: TradeEvent[]) => events.flatMap((e) => (e.type === 'LotsDrawn' ? e.data.assignments : []));
