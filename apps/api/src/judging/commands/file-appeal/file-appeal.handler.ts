import { Inject, NotFoundException } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId } from '#application';
import { appealDecider, streams } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { commandMeta } from '../../../command-meta.js';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { FileAppealCommand } from './file-appeal.command.js';
import { ScoreSheetReader } from '../../score-sheets/score-sheet.service.js';

/** A contestant appeals their own result in a trade, within the window after publication. */
@CommandHandler(FileAppealCommand)
export class FileAppealHandler implements ICommandHandler<FileAppealCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly reader: ScoreSheetReader,
    private readonly projections: ProjectionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ dto, caller }: FileAppealCommand) {
    const { state: trade } = await this.reader.trade(dto.tradeId);
    const entry = this.projections.models.entries.ofContestant(caller.user.userId);
    const competitorNumber = [...(trade.competitors ?? [])].find(([, entryId]) => entryId === entry?.entryId)?.[0];
    if (competitorNumber === undefined)
      throw new NotFoundException({
        message: `You have no competitor number in ${dto.tradeId}`,
        code: 'results.not_drawn',
        params: { tradeId: dto.tradeId },
      });
    const appealId = deterministicId(`appeal/${dto.commandId}`);
    const result = await this.executor.execute({
      streamId: streams.appeal(appealId),
      decider: appealDecider,
      command: {
        type: 'FileAppeal',
        appealId,
        tradeId: dto.tradeId,
        competitorNumber,
        aspectIds: dto.aspectIds ?? [],
        reason: dto.reason,
        by: caller.user.userId,
        at: this.clock().toISOString(),
      },
      context: async () => ({ trade, entrant: await this.reader.entrant(trade, competitorNumber) }),
      meta: commandMeta(caller, dto.commandId, dto.reason),
    });
    return { commandId: dto.commandId, appealId, competitorNumber, position: result.position, duplicate: result.duplicate };
  }
}
