import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandExecutor, StreamStateCache } from '#application';
import { streams, userDecider, userIdFor } from '#domain';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock } from '#platform';
import { activationCodeHash } from './activation-codes.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const FIRST_ORGANISER_USERNAME = 'organiser';
/** How long the setup code printed at start works. */
export const SETUP_CODE_HOURS = 24;

/** A fresh random one-time code, `K7M2Q-9XH4T` (Crockford base32, 50 bits). */
export function setupCode(): string {
  const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % 32]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/**
 * The first organiser of a platform started without the demo (SEED_DEMO=false): an account
 * `organiser` with no password, and a one-time setup code printed to the log, which whoever reads
 * the server's log uses once on the activation page (/activate) to choose the password. Never a
 * default password. Until the account is activated each start prints a new code (the old one stops
 * working); once it is, nothing is printed again.
 */
@Injectable()
export class FirstOrganiser implements OnApplicationBootstrap {
  private readonly logger = new Logger('FirstOrganiser');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly executor: CommandExecutor,
    private readonly cache: StreamStateCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SEED_DEMO) return;
    const code = await this.ensure();
    if (code) {
      this.logger.warn(
        `First start without the demo: activate the organiser account at /activate with username "${FIRST_ORGANISER_USERNAME}" ` +
          `and the one-time setup code ${code.code} (valid until ${code.expiresAt}); it chooses its own password.`,
      );
    }
  }

  /** The setup code issued now, or nothing when the first organiser is already activated. */
  async ensure(username = FIRST_ORGANISER_USERNAME): Promise<{ code: string; expiresAt: string } | undefined> {
    const userId = userIdFor(username);
    const streamId = streams.user(userId);
    const actor = { userId: 'system:first-organiser', role: 'system' };
    const { state } = await this.cache.load(streamId, userDecider);
    if (state.profile && !state.awaitingActivation) return undefined;
    if (!state.profile) {
      await this.executor.execute({
        streamId,
        decider: userDecider,
        command: {
          type: 'RegisterUser',
          profile: { userId, username, displayName: '竞赛办管理员', role: 'organiser' },
          passwordHash: '',
        },
        meta: { commandId: randomUUID(), actor },
      });
    }
    const code = setupCode();
    const expiresAt = new Date(this.clock().getTime() + SETUP_CODE_HOURS * 3_600_000).toISOString();
    await this.executor.execute({
      streamId,
      decider: userDecider,
      command: { type: 'IssueActivationCode', codeHash: activationCodeHash(code), expiresAt },
      meta: { commandId: randomUUID(), actor },
    });
    return { code, expiresAt };
  }
}
