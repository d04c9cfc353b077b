/**
 * Creates an organiser account without a password and prints its one-time setup code:
 *
 *   npm run create-organiser                # the account `organiser`
 *   npm run create-organiser -- chen-jing   # another organiser
 *
 * It writes to the store the configuration names (SQLITE_FILE, DATABASE_URL, …; the server may be
 * running) through the same service as the first start without the demo. The person opens /activate,
 * types the username and the code, and chooses a password; the code works once, for 24 hours. An
 * account that is already activated is left alone (exit 1): there is never a default password.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { pathToFileURL } from 'node:url';
import { CommandExecutor, StreamStateCache } from '#application';
import { USERNAME_PATTERN } from '#domain';
import { type AppConfig, APP_CONFIG, CLOCK, type Clock, InfrastructureModule, loadConfig } from '#platform';
import { FirstOrganiser } from '../apps/api/src/identity/first-organiser.service.js';

export async function createOrganiser(
  username: string,
  overrides: Partial<AppConfig> = {},
): Promise<{ code: string; expiresAt: string } | undefined> {
  if (!USERNAME_PATTERN.test(username)) throw new Error(`${username} is not a username: 3–64 lowercase letters, digits, - or _`);
  const config = loadConfig(process.env, { ...overrides, SEED_DEMO: false });
  @Module({ imports: [InfrastructureModule.forRoot(config)] })
  class ScriptModule {}
  const context = await NestFactory.createApplicationContext(ScriptModule, { logger: ['error', 'warn'] });
  try {
    const organiser = new FirstOrganiser(
      context.get<AppConfig>(APP_CONFIG),
      context.get<Clock>(CLOCK),
      context.get(CommandExecutor),
      context.get(StreamStateCache),
    );
    return await organiser.ensure(username);
  } finally {
    await context.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const username = process.argv[2] ?? 'organiser';
  createOrganiser(username).then(
    (issued) => {
      if (!issued) {
        console.error(`The account ${username} is already activated: nothing was changed`);
        process.exit(1);
      }
      console.log(`Activate ${username} at /activate with the one-time code ${issued.code} (valid until ${issued.expiresAt}).`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    },
  );
}
