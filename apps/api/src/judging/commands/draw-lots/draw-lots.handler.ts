import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, tradeDecider, type TradeEvent } from '#domain';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { DrawLotsCommand } from './draw-lots.command.js';

/** The organiser draws competitor numbers for a trade's confirmed entries. */
@CommandHandler(DrawLotsCommand)
export class DrawLotsHandler implements ICommandHandler<DrawLotsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ tradeId, dto, caller }: DrawLotsCommand) {
    // The confirmed list comes from the read model: bring it up to everything stored so far.
    await this.projections.catchUpToHead();
    const confirmedEntryIds = this.projections.models.entries.confirmedIds(tradeId);
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'DrawLots', seed: dto.seed, confirmedEntryIds },
      meta: { commandId: dto.commandId, actor: { userId: caller.user.userId, role: caller.user.role }, device: caller.device, correlationId: caller.correlationId },
    });
    return { commandId: dto.commandId, position: result.position, assignments: assignmentsOf(result.events) };
  }
}

const assignmentsOf = (events: TradeEvent[]) => events.flatMap((e) => (e.type === 'LotsDrawn' ? e.data.assignments : []));
