import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { resolveSecrets } from './secrets.js';

/**
 * Configuration from the environment, validated at start: a wrong value stops the start with a
 * message naming the variable. Nothing set = the embedded default profile (SQLite file, inline jobs).
 */
export class AppConfig {
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** The SQLite event store file of the embedded profile. */
  @IsString()
  SQLITE_FILE = './data/jiangxin.sqlite';

  /**
   * Set → the PostgreSQL event store (distributed profile): events, checkpoints and the per-person
   * keys in this database, shared by every api node and worker. E.g. `postgresql://jiangxin:…@db:5432/jiangxin`.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgresql:// (or postgres://) connection URL' })
  DATABASE_URL?: string;

  /** Connections each process keeps to PostgreSQL for events (one more listens for new events, two more for keys). */
  @IsInt()
  @Min(2)
  @Max(100)
  DATABASE_POOL_SIZE = 6;

  /** Set → the KurrentDB adapter instead of SQLite. */
  @IsOptional()
  @Matches(/^(esdb|kurrentdb|kdb|esdb\+discover|kurrentdb\+discover|kdb\+discover):\/\//, {
    message: 'KURRENTDB_CONNECTION_STRING must start with kurrentdb://, kdb:// or esdb:// (optionally +discover)',
  })
  KURRENTDB_CONNECTION_STRING?: string;

  /** Set → scoring jobs go through BullMQ on this Redis; unset → they run inline in this process. */
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must start with redis:// or rediss://' })
  REDIS_URL?: string;

  /** Prefix of the BullMQ keys in Redis: lets several deployments or test runs share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,50}$/, { message: 'QUEUE_PREFIX must be 1–50 letters, digits, - or _' })
  QUEUE_PREFIX = 'jiangxin';

  /**
   * Secret that signs access tokens. No default: unset, an embedded server generates one at its first
   * start and keeps it in `<SQLITE_FILE>.secrets.json` (mode 0600); the distributed profile refuses to start.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET!: string;

  /** Secret that turns a resident ID number into an entry id, so stream names do not reveal it. Same rules as JWT_SECRET. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'PERSON_KEY_SECRET must be at least 16 characters' })
  PERSON_KEY_SECRET!: string;

  /** Seed the demo catalogue and accounts on first start. */
  @IsBoolean()
  SEED_DEMO = true;

  /** Run the scoring dispatcher and processors in this process (the default profile does). */
  @IsBoolean()
  RUN_WORKER = true;

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Port of the worker process's Prometheus endpoint (`/metrics`); 0 turns it off. The api serves `/api/metrics`. */
  @IsInt()
  @Min(0)
  @Max(65535)
  METRICS_PORT = 9464;

  /** Set → the metrics endpoints answer only `Authorization: Bearer <METRICS_TOKEN>`; unset → they are public. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * Browser origins other than the server's own that may call the API and /live, comma-separated
   * (e.g. `https://results.example.cn,http://localhost:5173`). Empty: same origin only.
   */
  @Matches(/^(https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)?(,\s*https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)*$/, {
    message: 'CORS_ORIGINS must be comma-separated origins such as https://results.example.cn or http://localhost:5173 (no path)',
  })
  CORS_ORIGINS = '';

  /** Lifetime of an access token; refresh it with the refresh token (POST /api/auth/refresh). */
  @IsInt()
  @Min(30)
  @Max(86_400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** Lifetime of a refresh token (each refresh issues a new one): a contest day by default. */
  @IsInt()
  @Min(60)
  @Max(2_592_000)
  REFRESH_TOKEN_TTL_SECONDS = 43_200;

  /** Login attempts per username and client address per window (THROTTLE_LOGIN_TTL_SECONDS); then 429. */
  @IsInt()
  @Min(1)
  THROTTLE_LOGIN_LIMIT = 10;

  @IsInt()
  @Min(1)
  THROTTLE_LOGIN_TTL_SECONDS = 60;

  /** Requests to the public endpoints (boards, catalogue, sign-up, refresh, …) per client address per window; then 429. */
  @IsInt()
  @Min(1)
  THROTTLE_PUBLIC_LIMIT = 300;

  @IsInt()
  @Min(1)
  THROTTLE_PUBLIC_TTL_SECONDS = 60;

  /** Sign-ups per client address per window (THROTTLE_SIGNUP_TTL_SECONDS); then 429. */
  @IsInt()
  @Min(1)
  THROTTLE_SIGNUP_LIMIT = 20;

  /** Sign-ups per network (/24 IPv4, /48 IPv6) per window; then 429. */
  @IsInt()
  @Min(1)
  THROTTLE_SIGNUP_NETWORK_LIMIT = 100;

  @IsInt()
  @Min(1)
  THROTTLE_SIGNUP_TTL_SECONDS = 3600;

  /**
   * The per-person key store (crypto-shredding) as a SQLite file: default `<SQLITE_FILE>.keys`; with
   * KurrentDB a file every process shares. With DATABASE_URL the keys are in PostgreSQL instead.
   */
  @IsOptional()
  @IsString()
  PERSONAL_KEYS_FILE?: string;

  /**
   * Readiness (`/api/health/ready`) answers 503 while a projection of this node is stopped, or is
   * behind the store's head by events older than this: the load balancer then sends traffic elsewhere.
   */
  @IsInt()
  @Min(1)
  @Max(3600)
  READINESS_MAX_LAG_SECONDS = 10;

  /**
   * The blob store of achievement attachments (docs/achievements.md): content-addressed files named by
   * their SHA-256. Default `<SQLITE_FILE>.blobs`; with several api nodes a folder every node shares.
   */
  @IsOptional()
  @IsString()
  BLOB_DIR?: string;

  /** Behind a reverse proxy: Express's `trust proxy` (e.g. `loopback` or `1`), so throttling sees client addresses. */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * Embedded profile: set → a consistent backup of the event store and the key file every
   * BACKUP_INTERVAL_MINUTES into this folder, and each person forgotten is recorded here too
   * (`forgotten.ndjson`), so that a restore of an older backup forgets them again. See docs/backup.md.
   */
  @IsOptional()
  @IsString()
  BACKUP_DIR?: string;

  /** Minutes between two scheduled backups (with BACKUP_DIR); 0 takes none (forgets are still recorded there). */
  @IsNumber({}, { message: 'BACKUP_INTERVAL_MINUTES must be a number of minutes (0 for no scheduled backup)' })
  @Min(0)
  @Max(1440)
  BACKUP_INTERVAL_MINUTES = 10;

  /** Set → each scheduled backup is also pushed to this second location (another disk, a mounted share). */
  @IsOptional()
  @IsString()
  BACKUP_COPY_DIR?: string;

  /** Retention: the newest backups kept in BACKUP_DIR and in BACKUP_COPY_DIR; older ones are deleted. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  BACKUP_KEEP = 48;

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0);
  }

  get personalKeysFile(): string {
    return this.PERSONAL_KEYS_FILE ?? (this.SQLITE_FILE === ':memory:' ? ':memory:' : `${this.SQLITE_FILE}.keys`);
  }

  get blobDir(): string {
    return this.BLOB_DIR ?? (this.SQLITE_FILE === ':memory:' ? './data/jiangxin.blobs' : `${this.SQLITE_FILE}.blobs`);
  }

  get profile(): 'embedded' | 'distributed' {
    return this.DATABASE_URL || this.KURRENTDB_CONNECTION_STRING ? 'distributed' : 'embedded';
  }

  /** Which event store this process uses. */
  get store(): 'postgresql' | 'kurrentdb' | 'sqlite' {
    return this.DATABASE_URL ? 'postgresql' : this.KURRENTDB_CONNECTION_STRING ? 'kurrentdb' : 'sqlite';
  }
}

export class ConfigError extends Error {}

const BOOLEAN_KEYS = new Set(['SEED_DEMO', 'RUN_WORKER']);
const INTEGER_KEYS = new Set([
  'PORT',
  'METRICS_PORT',
  'DATABASE_POOL_SIZE',
  'READINESS_MAX_LAG_SECONDS',
  'ACCESS_TOKEN_TTL_SECONDS',
  'REFRESH_TOKEN_TTL_SECONDS',
  'THROTTLE_LOGIN_LIMIT',
  'THROTTLE_LOGIN_TTL_SECONDS',
  'THROTTLE_PUBLIC_LIMIT',
  'THROTTLE_PUBLIC_TTL_SECONDS',
  'BACKUP_KEEP',
  'THROTTLE_SIGNUP_LIMIT',
  'THROTTLE_SIGNUP_NETWORK_LIMIT',
  'THROTTLE_SIGNUP_TTL_SECONDS',
]);
const NUMBER_KEYS = new Set(['BACKUP_INTERVAL_MINUTES']);

/**
 * `secrets: false` leaves JWT_SECRET and PERSON_KEY_SECRET as the environment gives them, and reads
 * or generates no secrets file: for the backup and restore scripts, which must not make new secrets.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<AppConfig> = {},
  options: { secrets?: boolean } = {},
): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(new AppConfig())) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    if (BOOLEAN_KEYS.has(key)) raw[key] = value === 'true' ? true : value === 'false' ? false : value;
    else if (INTEGER_KEYS.has(key)) raw[key] = /^\d+$/.test(value) ? Number(value) : value;
    else if (NUMBER_KEYS.has(key)) raw[key] = /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    else raw[key] = value;
  }
  const config = Object.assign(plainToInstance(AppConfig, raw), overrides);
  const errors = validateSync(config);
  const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `- ${m} (got ${JSON.stringify(e.value)})`));
  if (config.DATABASE_URL && config.KURRENTDB_CONNECTION_STRING) {
    lines.push('- set either DATABASE_URL (PostgreSQL) or KURRENTDB_CONNECTION_STRING (KurrentDB), not both: they name two event stores');
  }
  if (config.DATABASE_URL && config.PERSONAL_KEYS_FILE) {
    lines.push('- PERSONAL_KEYS_FILE has no use with DATABASE_URL: the per-person keys are kept in PostgreSQL, shared by every node');
  }
  if (config.profile === 'distributed' && (config.BACKUP_DIR || config.BACKUP_COPY_DIR)) {
    lines.push(
      '- BACKUP_DIR and BACKUP_COPY_DIR are for the embedded profile (SQLite); back up PostgreSQL with pg_basebackup and WAL archiving (docs/backup.md)',
    );
  }
  if (config.BACKUP_COPY_DIR && !config.BACKUP_DIR)
    lines.push('- BACKUP_COPY_DIR needs BACKUP_DIR: it is a second copy of the backups taken there');
  if (lines.length === 0 && options.secrets !== false) lines.push(...resolveSecrets(config));
  if (lines.length > 0) throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
