import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, StreamStateCache } from '#application';
import { streams, userDecider } from '#domain';
import { commandMeta } from '../../../command-meta.js';
import { type TokenPair, Tokens } from '../../tokens.js';
import { PairDeviceCommand } from './pair-device.command.js';

/** PairDevice on the judge's stream, with a session bound to the new device; the answer carries its tokens. */
@CommandHandler(PairDeviceCommand)
export class PairDeviceHandler implements ICommandHandler<PairDeviceCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
    private readonly tokens: Tokens,
  ) {}

  async execute({ label, caller }: PairDeviceCommand): Promise<TokenPair & { deviceId: string; label: string }> {
    const { userId } = caller.user;
    const streamId = streams.user(userId);
    const deviceId = randomUUID();
    const { grant, refreshToken } = this.tokens.newSession(userId);
    // The request carries no commandId: every pairing is a new device, so a retry pairs another one.
    await this.executor.execute({
      streamId,
      decider: userDecider,
      command: { type: 'PairDevice', deviceId, label, grant },
      meta: { ...commandMeta(caller, randomUUID()), device: deviceId },
    });
    const { profile } = (await this.cache.load(streamId, userDecider)).state;
    const pair = await this.tokens.pair(
      profile!,
      { sessionId: grant.sessionId, deviceId },
      { token: refreshToken, expiresAt: grant.expiresAt },
    );
    return { ...pair, deviceId, label: label.trim() };
  }
}
