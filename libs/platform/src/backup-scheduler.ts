import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import {
  EVENT_STORE,
  type EventStore,
  FORGET_LEDGER,
  LedgeredPersonKeyStore,
  ledgerOf,
  PERSON_KEY_STORE,
  type PersonKeyStore,
  pruneBackups,
  pushBackup,
  SqliteEventStore,
  SqlitePersonKeyStore,
  storedForm,
  type TakenBackup,
  takeBackup,
} from '#event-store';
import { APP_CONFIG, type AppConfig } from './app-config.js';
import { secretsFileOf } from './secrets.js';

/** The ledgers a forget is written to in the embedded profile: beside the data, and beside the backups. */
export function forgetLedgers(config: AppConfig): string[] {
  if (config.store !== 'sqlite' || config.SQLITE_FILE === ':memory:') return [];
  return [
    ledgerOf(config.SQLITE_FILE),
    ...[config.BACKUP_DIR, config.BACKUP_COPY_DIR].flatMap((dir) => (dir ? [join(dir, FORGET_LEDGER)] : [])),
  ];
}

/**
 * The scheduled backup of the embedded profile (BACKUP_DIR, every BACKUP_INTERVAL_MINUTES): copies
 * through the store's own connections a few pages per turn of the event loop, so marks go on
 * meanwhile, with the secrets file beside the store; then pushes the copy to BACKUP_COPY_DIR and prunes both folders to BACKUP_KEEP.
 * One backup at a time; a failed one is logged and the next one is tried on schedule.
 */
@Injectable()
export class BackupScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Backup');
  private timer?: NodeJS.Timeout;
  private running?: Promise<TakenBackup | undefined>;
  private stopped = false;
  /** The backups this process took, newest last (for tests and the log). */
  readonly taken: TakenBackup[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore,
  ) {}

  get enabled(): boolean {
    return this.config.store === 'sqlite' && !!this.config.BACKUP_DIR && this.config.BACKUP_INTERVAL_MINUTES > 0;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.logger.log(`A backup every ${this.config.BACKUP_INTERVAL_MINUTES} min into ${this.config.BACKUP_DIR}`);
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(async () => {
      await this.backupNow().catch(() => undefined);
      this.schedule();
    }, this.config.BACKUP_INTERVAL_MINUTES * 60_000);
  }

  /** Takes a backup now (waits for one under way first); answers it, or undefined when stopping. */
  async backupNow(): Promise<TakenBackup | undefined> {
    while (this.running) await this.running.catch(() => undefined);
    if (this.stopped) return undefined;
    this.running = this.take();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async take(): Promise<TakenBackup> {
    const store = storedForm(this.store);
    const keys = this.keys instanceof LedgeredPersonKeyStore ? this.keys.inner : this.keys;
    if (!(store instanceof SqliteEventStore) || !(keys instanceof SqlitePersonKeyStore)) {
      throw new Error('Scheduled backups are for the embedded profile (SQLite)');
    }
    try {
      const backup = await takeBackup(
        {
          kind: 'live',
          store,
          keys,
          eventsFile: this.config.SQLITE_FILE,
          secretsFile: secretsFileOf(this.config.SQLITE_FILE),
          blobDir: this.config.blobDir,
        },
        this.config.BACKUP_DIR!,
      );
      const { position, durationMs, events, keys: keyFile } = backup.manifest;
      this.logger.log(`Backup at position ${position} in ${durationMs} ms (${events.bytes + keyFile.bytes} bytes): ${backup.dir}`);
      if (this.config.BACKUP_COPY_DIR) {
        await pushBackup(backup.dir, this.config.BACKUP_COPY_DIR);
        pruneBackups(this.config.BACKUP_COPY_DIR, this.config.BACKUP_KEEP);
      }
      pruneBackups(this.config.BACKUP_DIR!, this.config.BACKUP_KEEP);
      this.taken.push(backup);
      return backup;
    } catch (error) {
      this.logger.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }
}
