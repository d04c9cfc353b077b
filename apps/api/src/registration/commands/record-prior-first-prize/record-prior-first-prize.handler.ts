import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { contestDecider, notFound, priorPrizeDecider, streams, tradeDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { RecordPriorFirstPrizeCommand } from './record-prior-first-prize.command.js';
import { RegistrationContext } from '../../registration-context.service.js';
import type { PositionAnswer } from '#contracts';

/**
 * The organiser records a first prize of an earlier edition, for the rule "no first prize in this
 * trade in the last N editions". Only a keyed hash of the ID number is stored.
 */
@CommandHandler(RecordPriorFirstPrizeCommand)
export class RecordPriorFirstPrizeHandler implements ICommandHandler<RecordPriorFirstPrizeCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly registration: RegistrationContext,
  ) {}

  async execute({ tradeId, dto, caller }: RecordPriorFirstPrizeCommand): Promise<PositionAnswer> {
    const [trade, contest] = await Promise.all([
      this.cache.load(streams.trade(tradeId), tradeDecider),
      this.cache.load(streams.contest(this.registration.contestId), contestDecider),
    ]);
    if (!trade.state.definition)
      throw notFound(`Unknown trade ${tradeId}`, 'tradeId', { code: 'catalogue.unknown_trade', params: { tradeId } });
    const result = await this.executor.execute({
      streamId: streams.priorPrizes(tradeId),
      decider: priorPrizeDecider,
      command: {
        type: 'RecordPriorFirstPrize',
        tradeId,
        personKey: this.registration.priorPrizeKey(dto.idNumber),
        year: dto.year,
        contestYear: contest.state.year ?? dto.year + 1,
      },
      meta: commandMeta(caller, dto.commandId),
    });
    return { commandId: dto.commandId, position: result.position };
  }
}
