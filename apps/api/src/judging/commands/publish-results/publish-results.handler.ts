import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { isAbsent, streams, tradeDecider } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CLOCK, type Clock } from '#platform';
import { answer, commandMeta } from '../../../command-meta.js';
import type { CommandAnswer } from '#contracts';
import { ScoreSheetReader } from '../../score-sheets/score-sheet.service.js';
import { TheoryStatusService } from '../../theory/theory-status.service.js';
import { PublishResultsCommand } from './publish-results.command.js';

/**
 * The organiser publishes a trade's results once every present competitor's modules are signed off
 * and has a theory result (or with a reason for publishing without them). The audit chain's head at
 * that moment is recorded with them, so anyone can check the history since.
 */
@CommandHandler(PublishResultsCommand)
export class PublishResultsHandler implements ICommandHandler<PublishResultsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: ScoreSheetReader,
    private readonly theory: TheoryStatusService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ tradeId, dto, caller }: PublishResultsCommand): Promise<CommandAnswer> {
    const { commandId, missingTheoryReason } = dto;
    const result = await this.executor.execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: {
        type: 'PublishResults',
        at: this.clock().toISOString(),
        checkpoint: await this.store.chainHead(),
        unsignedCompetitors: await this.unsignedCompetitors(tradeId),
        theoryMissing: await this.theory.missing(tradeId),
        ...(missingTheoryReason === undefined ? {} : { missingTheoryReason }),
      },
      meta: commandMeta(caller, commandId, missingTheoryReason),
    });
    return answer(commandId, result);
  }

  private async unsignedCompetitors(tradeId: string): Promise<number[]> {
    const { state, definition } = await this.reader.trade(tradeId);
    const modules = definition.scheme.subCriteria.map((s) => s.id);
    const unsigned: number[] = [];
    for (const competitorNumber of [...(state.competitors?.keys() ?? [])].sort((a, b) => a - b)) {
      if (isAbsent(state, competitorNumber)) continue;
      const sheet = (await this.reader.sheet(tradeId, competitorNumber)).state;
      if (!modules.every((m) => sheet.signedOff.has(m))) unsigned.push(competitorNumber);
    }
    return unsigned;
  }
}
