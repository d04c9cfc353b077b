import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { WorkingDayCommandResultDto } from '#contracts';
import { streams, workingDaysDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { yearOf } from '../../calendar-dates.js';
import { WithdrawWorkingDayCorrectionCommand } from './withdraw-working-day-correction.command.js';

@CommandHandler(WithdrawWorkingDayCorrectionCommand)
export class WithdrawWorkingDayCorrectionHandler implements ICommandHandler<WithdrawWorkingDayCorrectionCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ date, commandId, caller }: WithdrawWorkingDayCorrectionCommand): Promise<WorkingDayCommandResultDto> {
    const result = await this.executor.execute({
      streamId: streams.workingDays(yearOf(date)),
      decider: workingDaysDecider,
      command: { type: 'WithdrawWorkingDayCorrection', date },
      meta: commandMeta(caller, commandId),
    });
    return { commandId, position: result.position };
  }
}
