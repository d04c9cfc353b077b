import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { scoreSheetDecider, streams } from '#domain';
import { commandMeta } from '../../command-meta.js';
import { ScoreSheetReader } from './score-sheet.service.js';
import { SheetCommand } from './sheet-command.js';

/** Read the sheet, decide with the trade and the contestant as context, append: one path for every sheet command. */
@CommandHandler(SheetCommand)
export class SheetCommandHandler implements ICommandHandler<SheetCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: ScoreSheetReader,
  ) {}

  async execute({ command, caller, commandId, reason }: SheetCommand) {
    const { tradeId, competitorNumber } = command;
    const result = await this.executor.execute({
      streamId: streams.scoreSheet(tradeId, competitorNumber),
      decider: scoreSheetDecider,
      command,
      context: () => this.reader.context(tradeId, competitorNumber),
      meta: commandMeta(caller, commandId, reason),
    });
    return {
      commandId,
      revision: result.revision,
      position: result.position,
      duplicate: result.duplicate,
      events: result.events.map((e) => e.type),
    };
  }
}
