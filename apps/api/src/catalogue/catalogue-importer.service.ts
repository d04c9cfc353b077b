import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, CommandExecutor, deterministicId } from '#application';
import type { CatalogueImportReport, CatalogueRowResult } from '#contracts';
import {
  type CatalogueRows,
  canonical,
  contestDecider,
  type CurrentCatalogue,
  DomainError,
  notFound,
  planCatalogueImport,
  streams,
  tradeDecider,
} from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';

/**
 * The one path a catalogue takes into the platform: the organiser's workbook upload and the demo
 * seed alike. Plans the rows against the catalogue as the read model holds it (pure, row by row),
 * then writes what the plan says through the deciders: `DefineEvent` on the edition's stream,
 * `DefineTrade` or `ReviseTrade` on each trade's. Command ids derive from the content, so the same
 * file twice writes nothing, and an import cut off half-way finishes when the file is sent again.
 */
@Injectable()
export class CatalogueImporter {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
  ) {}

  /**
   * `seed`: the demo seed at start, before the read models run: it names the edition and plans against
   * an empty catalogue (a seed cut off half-way is finished by the same command ids).
   */
  async import(
    file: string,
    rows: CatalogueRows,
    actor: Actor,
    options: { ignoredColumns?: string[]; seed?: { contestId: string } } = {},
  ): Promise<CatalogueImportReport> {
    const { ignoredColumns = [], seed } = options;
    if (!seed) await this.projections.catchUpToHead();
    const catalogue = this.projections.models.catalogue;
    const contestId = seed?.contestId ?? catalogue.contest?.contestId;
    if (!contestId) throw notFound('Create the edition first', 'contestId', { code: 'edition.none', params: {} });
    const current: CurrentCatalogue = seed ? { events: new Map(), trades: new Map() } : catalogue.importBaseline(contestId);
    const plan = planCatalogueImport(rows, current);
    const results: CatalogueRowResult[] = plan.rows.map(({ refusal, ...row }) =>
      refusal
        ? {
            ...row,
            // A trade refused for its scheme's total names the scheme's cell on the scheme row, not here.
            ...(refusal.column && refusal.sheet === row.sheet && refusal.row === row.row ? { column: refusal.column } : {}),
            code: refusal.code,
            params: refusal.params,
            message: refusal.message,
          }
        : row,
    );
    const meta = (what: string, content: unknown) => ({
      commandId: deterministicId(`catalogue-import/${contestId}/${what}/${createHash('sha256').update(canonical(content)).digest('hex')}`),
      actor,
    });

    // Trades first: an event lists only trades that exist.
    for (const { trade, status } of plan.trades) {
      if (!seed) await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        await this.executor.execute({
          streamId: streams.trade(trade.id),
          decider: tradeDecider,
          command:
            status === 'created'
              ? { type: 'DefineTrade', contestId, trade }
              : {
                  type: 'ReviseTrade',
                  trade,
                  reason: `workbook ${file}`,
                  by: { userId: actor.userId, role: actor.role as 'organiser' },
                  markedAspectIds: [...(catalogue.trades.get(trade.id)?.markedAspectIds ?? [])],
                },
          meta: meta(`trade/${trade.id}`, trade),
        });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const row = results.find((r) => r.sheet === 'trades' && r.id === trade.id);
        if (row) Object.assign(row, { status: 'refused', code: error.code, params: error.params, message: error.message });
      }
    }
    for (const { event, tradeIds } of plan.events) {
      await this.executor.execute({
        streamId: streams.contest(contestId),
        decider: contestDecider,
        command: { type: 'DefineEvent', event, tradeIds },
        meta: meta(`event/${event.id}`, { event, tradeIds }),
      });
    }
    if (!seed) await this.projections.catchUpToHead();
    const count = (status: CatalogueRowResult['status']) => results.filter((r) => r.status === status && r.sheet !== 'scheme').length;
    return {
      file,
      rows: results,
      created: count('created'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      refused: results.filter((r) => r.status === 'refused').length,
      ...(ignoredColumns.length > 0 ? { ignoredColumns } : {}),
    };
  }
}
