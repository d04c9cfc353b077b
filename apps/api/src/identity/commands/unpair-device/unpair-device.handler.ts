import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '#application';
import { streams, userDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { ProjectionsService } from '../../../projections/projections.service.js';
import { UnpairDeviceCommand } from './unpair-device.command.js';

/** UnpairDevice on the judge's stream; the answer comes once this node's read models know the sessions ended. */
@CommandHandler(UnpairDeviceCommand)
export class UnpairDeviceHandler implements ICommandHandler<UnpairDeviceCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ userId, deviceId, caller }: UnpairDeviceCommand): Promise<{ deviceId: string; position: number }> {
    const result = await this.executor.execute({
      streamId: streams.user(userId),
      decider: userDecider,
      command: { type: 'UnpairDevice', deviceId },
      meta: commandMeta(caller, randomUUID()),
    });
    await this.projections.catchUpToHead();
    return { deviceId, position: result.position };
  }
}
