import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '#contracts';
import { EVENT_STORE, type EventStore } from '#event-store';
import { commandMeta, tradeActor } from '../../../command-meta.js';
import { ScoreSheetWriter } from '../../score-sheets/score-sheet-writer.js';
import { SignOffModuleCommand } from './sign-off-module.command.js';

/** The chief judge signs a module off; the audit chain's head at that moment is recorded with it. */
@CommandHandler(SignOffModuleCommand)
export class SignOffModuleHandler implements ICommandHandler<SignOffModuleCommand> {
  constructor(
    private readonly sheets: ScoreSheetWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ tradeId, competitorNumber, dto, caller }: SignOffModuleCommand): Promise<CommandAnswer> {
    const checkpoint = await this.store.chainHead();
    return this.sheets.append(
      { type: 'SignOffModule', tradeId, competitorNumber, moduleId: dto.moduleId, by: tradeActor(caller), checkpoint },
      commandMeta(caller, dto.commandId),
    );
  }
}
