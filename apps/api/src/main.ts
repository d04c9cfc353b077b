import { Logger } from '@nestjs/common';
import { ConfigError } from '#platform';
import { createApp } from './app.factory.js';

try {
  const { app, config } = await createApp();
  await app.listen(config.PORT, config.HOST);
  new Logger('Jiangxin').log(
    `Listening on http://${config.HOST}:${config.PORT} (${config.profile} profile) — live boards at /live, API docs at /api/docs`,
  );
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
