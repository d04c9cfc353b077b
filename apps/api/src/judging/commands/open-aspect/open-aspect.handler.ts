import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AspectLeaseAnswer } from '#contracts';
import { leaseExpiresAt } from '#domain';
import { CLOCK, type Clock } from '#platform';
import { commandMeta, deviceOf } from '../../../command-meta.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { OpenAspectCommand } from './open-aspect.command.js';

/** A tablet takes an aspect for two minutes: another tablet of the same judge is refused meanwhile. */
@CommandHandler(OpenAspectCommand)
export class OpenAspectHandler implements ICommandHandler<OpenAspectCommand> {
  constructor(
    private readonly sheets: ScoreSheetWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ tradeId, dto, caller }: OpenAspectCommand): Promise<AspectLeaseAnswer> {
    const { commandId, competitorNumber, aspectId } = dto;
    const at = this.clock().toISOString();
    const deviceId = deviceOf(caller);
    await this.sheets.append(
      { type: 'OpenAspect', tradeId, competitorNumber, aspectId, judgeId: caller.user.userId, deviceId, at },
      commandMeta(caller, commandId),
    );
    return { commandId, competitorNumber, aspectId, deviceId, expiresAt: leaseExpiresAt(at) };
  }
}
