import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { CommandExecutor, deterministicId } from '#application';
import { catalogueToRows, contestDecider, streams, tradeDecider, userDecider, type CityId, type PanelMember } from '#domain';
import { DEMO_PASSWORD, generateDemoAccounts, generateDemoContest } from '#demo';
import { EVENT_STORE, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { PasswordHasher } from '../identity/password-hasher.js';
import { CatalogueImporter } from './catalogue-importer.service.js';

const SEEDER = { userId: 'system:demo-seed', role: 'system' };

/**
 * Writes the generated demo catalogue and demo accounts on first start of the default profile.
 * Every command has a deterministic id, so a start interrupted half-way finishes on the next one
 * and a complete seed is never written twice.
 */
@Injectable()
export class DemoSeeder implements OnModuleInit {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly executor: CommandExecutor,
    private readonly hasher: PasswordHasher,
    private readonly importer: CatalogueImporter,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const contest = generateDemoContest();
    const accounts = generateDemoAccounts(contest);
    const lastAccount = accounts[accounts.length - 1];
    if ((await this.store.readStream(streams.user(lastAccount.id), { maxCount: 1 })).length > 0) return;

    const started = performance.now();
    const run = (name: string) => ({ commandId: deterministicId(`demo-seed/${contest.id}/${name}`), actor: SEEDER });

    // The edition, then its catalogue through the same import as an organiser's workbook.
    await this.executor.execute({
      streamId: streams.contest(contest.id),
      decider: contestDecider,
      command: { type: 'DefineContest', contest: { ...contest, events: [], trades: [] } },
      meta: run('contest'),
    });
    const report = await this.importer.import('demo', catalogueToRows(contest.events, contest.trades), SEEDER, {
      seed: { contestId: contest.id },
    });
    if (report.refused > 0)
      throw new Error(`The demo catalogue was refused: ${JSON.stringify(report.rows.find((r) => r.status === 'refused'))}`);

    // One hash for every demo account: hashing 500+ passwords would make the first start slow.
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const account of accounts) {
      const { id: userId, ...profile } = account;
      await this.executor.execute({
        streamId: streams.user(userId),
        decider: userDecider,
        command: { type: 'RegisterUser', profile: { userId, ...profile }, passwordHash },
        meta: run(`user/${userId}`),
      });
      if (account.role !== 'judge' && account.role !== 'chief_judge') continue;
      const member: PanelMember = {
        judgeId: userId,
        role: account.role,
        employer: account.employer?.name ?? '',
        city: (account.city ?? '') as CityId,
      };
      for (const tradeId of account.tradeIds ?? []) {
        await this.executor.execute({
          streamId: streams.trade(tradeId),
          decider: tradeDecider,
          command: { type: 'AssignJudge', member },
          meta: run(`panel/${tradeId}/${userId}`),
        });
      }
    }
    this.logger.log(
      `Demo contest "${contest.name}" seeded: ${contest.events.length} events, ${contest.trades.length} trades, ` +
        `${accounts.length} accounts (password ${DEMO_PASSWORD}) in ${Math.round(performance.now() - started)} ms`,
    );
  }
}
