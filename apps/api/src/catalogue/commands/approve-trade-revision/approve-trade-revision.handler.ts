import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { ApproveRevisionDto, TradeRevisionApprovedAnswer } from '#contracts';
import { streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';
import { ProjectionsService } from '../../../projections/projections.service.js';

export class ApproveTradeRevisionCommand {
  constructor(
    readonly tradeId: string,
    readonly dto: ApproveRevisionDto,
    readonly caller: RequestContext,
  ) {}
}

/** The chief judge approves a revision the organiser proposed after the draw: it applies, unless a changed aspect has been marked since. */
@CommandHandler(ApproveTradeRevisionCommand)
export class ApproveTradeRevisionHandler implements ICommandHandler<ApproveTradeRevisionCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ tradeId, dto, caller }: ApproveTradeRevisionCommand): Promise<TradeRevisionApprovedAnswer> {
    await this.projections.catchUpToHead();
    const marked = this.projections.models.catalogue.trades.get(tradeId)?.markedAspectIds ?? new Set<string>();
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: {
        type: 'ApproveTradeRevision',
        version: dto.version,
        by: { userId: caller.user.userId, role: caller.user.role },
        markedAspectIds: [...marked],
      },
      meta: commandMeta(caller, dto.commandId),
    });
    return { commandId: dto.commandId, tradeId, version: dto.version, position: result.position };
  }
}
