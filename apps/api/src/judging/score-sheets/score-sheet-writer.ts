import { Injectable } from '@nestjs/common';
import { CommandExecutor, type CommandMeta } from '#application';
import type { CommandAnswer } from '#contracts';
import { type ScoreSheetCommand, scoreSheetDecider, streams } from '#domain';
import { answer } from '../../command-meta.js';
import { ScoreSheetReader } from './score-sheet.service.js';

/**
 * Appends a command to a contestant's score sheet: the sheet's stream, its decider, the trade and
 * the contestant as context. Not a handler: the use-case handlers build the domain command and call it.
 */
@Injectable()
export class ScoreSheetWriter {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: ScoreSheetReader,
  ) {}

  async append(command: ScoreSheetCommand, meta: CommandMeta): Promise<CommandAnswer> {
    const { tradeId, competitorNumber } = command;
    const result = await this.executor.execute({
      streamId: streams.scoreSheet(tradeId, competitorNumber),
      decider: scoreSheetDecider,
      command,
      context: () => this.reader.context(tradeId, competitorNumber),
      meta,
    });
    return answer(meta.commandId, result);
  }
}
