import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { CatalogueRowResult, TradeRevisionAnswer } from '#contracts';
import { invalid, notFound, planCatalogueImport, streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import type { RequestContext } from '../../../identity/auth.decorators.js';
import { ProjectionsService } from '../../../projections/projections.service.js';
import type { UploadedSpreadsheet } from '../../../registration/bulk/spreadsheet-reader.js';
import { readCatalogueWorkbook } from '../../workbook/catalogue-xlsx.js';

export class ReviseTradeCommand {
  constructor(
    readonly tradeId: string,
    readonly file: UploadedSpreadsheet,
    readonly reason: string,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}

/**
 * The organiser changes one trade's definition and scheme from its rows of the workbook (the trade's
 * export, edited), with a reason. Before the draw the change applies at once; after it, it waits for
 * the chief judge's approval; an aspect with a mark never changes.
 */
@CommandHandler(ReviseTradeCommand)
export class ReviseTradeHandler implements ICommandHandler<ReviseTradeCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ tradeId, file, reason, commandId, caller }: ReviseTradeCommand): Promise<TradeRevisionAnswer> {
    const { rows } = await readCatalogueWorkbook(file);
    await this.projections.catchUpToHead();
    const catalogue = this.projections.models.catalogue;
    const view = catalogue.trades.get(tradeId);
    if (!view) throw notFound(`Unknown trade ${tradeId}`, 'tradeId', { code: 'catalogue.unknown_trade', params: { tradeId } });
    const own = {
      events: rows.events,
      trades: rows.trades.filter((r) => (r.cells.id ?? '').trim() === tradeId),
      scheme: rows.scheme.filter((r) => (r.cells.tradeId ?? '').trim() === tradeId),
    };
    // Planned as if not drawn: the decider, not the upload rule, says what a drawn trade may do.
    const plan = planCatalogueImport(own, {
      ...catalogue.importBaseline(view.contestId),
      trades: new Map([[tradeId, { definition: view.definition, lotsDrawn: false }]]),
    });
    const refused = plan.rows.filter((r) => r.status === 'refused');
    if (own.trades.length === 0)
      throw invalid(`The workbook has no row for trade ${tradeId}`, 'file', { code: 'catalogue.unknown_trade', params: { tradeId } });
    const planned = plan.trades.find((t) => t.trade.id === tradeId);
    if (refused.length > 0 || !planned) {
      const rowsReport: CatalogueRowResult[] = refused.map(({ refusal, ...row }) => ({ ...row, ...refusal }));
      if (rowsReport.length > 0) {
        const first = refused[0]!.refusal!;
        throw invalid(first.message, first.column ?? 'file', { code: first.code, params: first.params });
      }
      return { commandId, tradeId, status: 'unchanged' as const, version: view.versions.at(-1)?.version ?? 1 };
    }
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: {
        type: 'ReviseTrade',
        trade: planned.trade,
        reason,
        by: { userId: caller.user.userId, role: caller.user.role },
        markedAspectIds: [...view.markedAspectIds],
      },
      meta: commandMeta(caller, commandId, reason || undefined),
    });
    const event = result.events[0];
    const status = !event ? 'unchanged' : event.type === 'TradeRevisionProposed' ? 'awaiting_approval' : 'revised';
    const version = event && 'version' in event.data ? event.data.version : (view.versions.at(-1)?.version ?? 1);
    return { commandId, tradeId, status, version };
  }
}
