import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { RequestContext } from '../../identity/auth.decorators.js';
import { SheetCommand } from './sheet-command.js';

export class SignOff {
  constructor(
    readonly tradeId: string,
    readonly competitorNumber: number,
    readonly moduleId: string,
    readonly caller: RequestContext,
    readonly commandId: string,
  ) {}
}

/** The chief judge signs a module off; the audit chain's head at that moment is recorded with it. */
@CommandHandler(SignOff)
export class SignOffHandler implements ICommandHandler<SignOff> {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ tradeId, competitorNumber, moduleId, caller, commandId }: SignOff) {
    const by = { userId: caller.user.userId, role: caller.user.role };
    const checkpoint = await this.store.chainHead();
    return this.commands.execute(
      new SheetCommand({ type: 'SignOffModule', tradeId, competitorNumber, moduleId, by, checkpoint }, caller, commandId),
    );
  }
}
