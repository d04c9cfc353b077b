import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import type { WorkingDayCommandResultDto } from '#contracts';
import { streams, workingDaysDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { yearOf } from '../../calendar-dates.js';
import { CorrectWorkingDayCommand } from './correct-working-day.command.js';

@CommandHandler(CorrectWorkingDayCommand)
export class CorrectWorkingDayHandler implements ICommandHandler<CorrectWorkingDayCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ date, kind, note, commandId, caller }: CorrectWorkingDayCommand): Promise<WorkingDayCommandResultDto> {
    const result = await this.executor.execute({
      streamId: streams.workingDays(yearOf(date)),
      decider: workingDaysDecider,
      command: { type: 'CorrectWorkingDay', date, kind, note },
      meta: commandMeta(caller, commandId, note),
    });
    return { commandId, position: result.position };
  }
}
