import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandExecutor, deterministicId } from '#application';
import { streams, userDecider, type Role } from '#domain';
import { DEMO_PASSWORD, generateDemoAchievements, generateDemoContest, type DemoAchievement } from '#demo';
import { EVENT_STORE, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import type { RequestContext } from '../../identity/auth.decorators.js';
import { PasswordHasher } from '../../identity/password-hasher.js';
import { AddAchievementAttachmentCommand } from '../commands/add-achievement-attachment/add-achievement-attachment.command.js';
import { DraftAchievementCommand } from '../commands/draft-achievement/draft-achievement.command.js';
import { ReviewAchievementCommand } from '../commands/review-achievement/review-achievement.command.js';
import { SubmitAchievementCommand } from '../commands/submit-achievement/submit-achievement.command.js';
import { demoAchievementPdf } from './demo-achievement-pdf.js';

const SEEDER = { userId: 'system:demo-seed', role: 'system' };

/**
 * The demo's generated achievements (libs/demo/src/demo-achievements.ts), written at the first start
 * after the catalogue and the accounts (DemoSeeder): each applicant's account, then the applicant's
 * own commands through the command bus — draft, attach the generated PDF, submit — and the city
 * reviewer's recommendation for some: the handlers the HTTP routes use, not a second code path.
 * Runs at bootstrap, once the read models hold the catalogue (the trade must be known as a review).
 */
@Injectable()
export class AchievementsDemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('AchievementsDemoSeeder');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly executor: CommandExecutor,
    private readonly commands: CommandBus,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const contest = generateDemoContest();
    const achievements = generateDemoAchievements(contest);
    const last = achievements[achievements.length - 1];
    if (!last) return;
    const id = (name: string) => deterministicId(`demo-seed/${contest.id}/achievements/${name}`);
    if ((await this.store.readStream(streams.achievement(achievementIdOf(id(`${last.key}/draft`))), { maxCount: 5 })).length >= 3) return;

    const started = performance.now();
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    for (const achievement of achievements) await this.seed(achievement, id, passwordHash);
    this.logger.log(
      `Demo achievements seeded: ${achievements.length} submissions, ${achievements.filter((a) => a.recommended).length} recommended, ` +
        `in ${Math.round(performance.now() - started)} ms`,
    );
  }

  private async seed(achievement: DemoAchievement, id: (name: string) => string, passwordHash: string): Promise<void> {
    const { applicant, key } = achievement;
    const { id: userId, ...profile } = applicant;
    await this.executor.execute({
      streamId: streams.user(userId),
      decider: userDecider,
      command: { type: 'RegisterUser', profile: { userId, ...profile }, passwordHash },
      meta: { commandId: id(`user/${userId}`), actor: SEEDER },
    });
    const asApplicant = caller(userId, applicant.username, 'contestant', applicant.city);
    const draftId = id(`${key}/draft`);
    const { achievementId } = await this.commands.execute(
      new DraftAchievementCommand(
        { commandId: draftId, tradeId: achievement.tradeId, city: achievement.city, ...achievement.draft },
        asApplicant,
      ),
    );
    const pdf = await demoAchievementPdf(achievement);
    await this.commands.execute(
      new AddAchievementAttachmentCommand(
        achievementId,
        { kind: 'file', file: { originalname: achievement.document.filename, mimetype: 'application/pdf', buffer: pdf } },
        id(`${key}/attachment`),
        asApplicant,
      ),
    );
    await this.commands.execute(new SubmitAchievementCommand(achievementId, id(`${key}/submission`), asApplicant));
    if (!achievement.recommended) return;
    const reviewer = caller(`u-reviewer-${achievement.city}`, `reviewer-${achievement.city}`, 'city_reviewer', achievement.city);
    await this.commands.execute(
      new ReviewAchievementCommand(
        achievementId,
        { type: 'RecommendAchievement', reviewerCity: achievement.city },
        id(`${key}/recommendation`),
        reviewer,
      ),
    );
  }
}

/** As DraftAchievementHandler derives it. */
const achievementIdOf = (draftCommandId: string) => deterministicId(`achievement/${draftCommandId}`);

const caller = (userId: string, username: string, role: Role, city: string): RequestContext => ({
  user: { userId, username, role, city, sessionId: 'demo-seed' },
  device: 'demo-seed',
});
