import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { appealDecider, notFound, scoreSheetDecider, streams, tradeDecider } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { commandMeta } from '../../../command-meta.js';
import { DecideAppealCommand } from './decide-appeal.command.js';
import { ScoreSheetReader } from '../../score-sheets/score-sheet.service.js';

/**
 * The arbitration committee decides an appeal. An upheld one's remedy is applied to the score sheet
 * and reopens the trade's results; the three appends share the commandId, so a retry finishes the
 * steps a crash left undone and repeats none.
 */
@CommandHandler(DecideAppealCommand)
export class DecideAppealHandler implements ICommandHandler<DecideAppealCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly reader: ScoreSheetReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ appealId, decision, reasons, remedy, caller, commandId }: DecideAppealCommand) {
    const appeal = (await this.cache.load(streams.appeal(appealId), appealDecider)).state;
    if (!appeal.filed) throw notFound(`Unknown appeal ${appealId}`, 'appealId', { code: 'appeal.unknown' });
    const { tradeId, competitorNumber } = appeal.filed;
    const { state: trade } = await this.reader.trade(tradeId);
    const meta = commandMeta(caller, commandId, reasons);

    if (decision === 'upheld' && remedy && !appeal.decided) {
      // Refuse a remedy the sheet cannot take before anything is written.
      const sheet = await this.reader.sheet(tradeId, competitorNumber);
      scoreSheetDecider.decide(
        { type: 'ApplyAppealRemedy', tradeId, competitorNumber, appealId, remedy },
        sheet.state,
        await this.reader.context(tradeId, competitorNumber),
      );
    }
    const decided = await this.executor.execute({
      streamId: streams.appeal(appealId),
      decider: appealDecider,
      command: { type: 'DecideAppeal', decision, reasons, remedy, at: this.clock().toISOString() },
      context: () => ({ trade }),
      meta,
    });

    const outcome = (await this.cache.load(streams.appeal(appealId), appealDecider)).state.decided;
    if (outcome?.decision === 'upheld' && outcome.remedy) {
      await this.executor.execute({
        streamId: streams.scoreSheet(tradeId, competitorNumber),
        decider: scoreSheetDecider,
        command: { type: 'ApplyAppealRemedy', tradeId, competitorNumber, appealId, remedy: outcome.remedy },
        context: () => this.reader.context(tradeId, competitorNumber),
        meta,
      });
      await this.executor.execute({
        streamId: streams.trade(tradeId),
        decider: tradeDecider,
        command: { type: 'ReopenResults', appealId },
        meta,
      });
    }
    return { commandId, appealId, decision: outcome?.decision, position: decided.position, duplicate: decided.duplicate };
  }
}
