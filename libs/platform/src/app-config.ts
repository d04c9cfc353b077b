import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * Configuration from the environment, validated at start: a wrong value stops the start with a
 * message naming the variable. Nothing set = the embedded default profile (SQLite file, inline jobs).
 */
export class AppConfig {
  @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** The SQLite event store file of the embedded profile. */
  @IsString()
  SQLITE_FILE = './data/jiangxin.sqlite';

  /** Set → the KurrentDB adapter instead of SQLite. */
  @IsOptional() @Matches(/^(esdb|kurrentdb|kdb|esdb\+discover|kurrentdb\+discover|kdb\+discover):\/\//, {
    message: 'KURRENTDB_CONNECTION_STRING must start with kurrentdb://, kdb:// or esdb:// (optionally +discover)',
  })
  KURRENTDB_CONNECTION_STRING?: string;

  /** Set → scoring jobs go through BullMQ on this Redis; unset → they run inline in this process. */
  @IsOptional() @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL?: string;

  /** Prefix of the BullMQ keys in Redis: lets several deployments or test runs share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,50}$/, { message: 'QUEUE_PREFIX must be 1–50 letters, digits, - or _' })
  QUEUE_PREFIX = 'jiangxin';

  /** Secret that signs access tokens. The default is for the local demo only. */
  @IsString() @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET = 'jiangxin-local-demo-secret-change-me';

  /** Secret that turns a resident ID number into an entry id, so stream names do not reveal it. */
  @IsString() @MinLength(16, { message: 'PERSON_KEY_SECRET must be at least 16 characters' })
  PERSON_KEY_SECRET = 'jiangxin-local-demo-person-key';

  /** Seed the demo catalogue and accounts on first start. */
  @IsBoolean()
  SEED_DEMO = true;

  /** Run the scoring dispatcher and processors in this process (the default profile does). */
  @IsBoolean()
  RUN_WORKER = true;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  get profile(): 'embedded' | 'distributed' {
    return this.KURRENTDB_CONNECTION_STRING ? 'distributed' : 'embedded';
  }
}

export class ConfigError extends Error {}

const BOOLEAN_KEYS = new Set(['SEED_DEMO', 'RUN_WORKER']);
const INTEGER_KEYS = new Set(['PORT']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(new AppConfig())) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    if (BOOLEAN_KEYS.has(key)) raw[key] = value === 'true' ? true : value === 'false' ? false : value;
    else if (INTEGER_KEYS.has(key)) raw[key] = /^\d+$/.test(value) ? Number(value) : value;
    else raw[key] = value;
  }
  const config = Object.assign(plainToInstance(AppConfig, raw), overrides);
  const errors = validateSync(config);
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `- ${m} (got ${JSON.stringify(e.value)})`));
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
