import { type DynamicModule, Global, Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { CommandExecutor, StreamStateCache } from '#application';
import {
  CHECKPOINT_STORE,
  EVENT_STORE,
  type EventStore,
  LedgeredPersonKeyStore,
  PERSON_KEY_STORE,
  type PersonKeyStore,
  PersonalDataEncryptingStore,
  PostgresEventStore,
  PostgresPersonKeyStore,
  SqliteEventStore,
  SqlitePersonKeyStore,
  storedForm,
} from '#event-store';
import { KurrentDbCheckpointStore, KurrentDbEventStore } from '#event-store/kurrentdb';
import { APP_CONFIG, type AppConfig } from './app-config.js';
import { BackupScheduler, forgetLedgers } from './backup-scheduler.js';
import { personalDataPolicy } from './personal-data.js';

export const CLOCK = Symbol('CLOCK');
export type Clock = () => Date;

@Injectable()
class StoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** The event store adapter, chosen by configuration in this one place, and what is built on it. */
@Global()
export class InfrastructureModule {
  static forRoot(config: AppConfig): DynamicModule {
    const logger = new Logger('EventStore');
    // Connections dropped by the server or the network are replaced; the requests on them answer 503.
    const onConnectionError = (error: Error) => logger.warn(`PostgreSQL connection lost: ${error.message}`);
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: (() => new Date()) satisfies Clock },
        {
          provide: PERSON_KEY_STORE,
          useFactory: (): Promise<PersonKeyStore> | PersonKeyStore => {
            if (config.DATABASE_URL) return PostgresPersonKeyStore.open(config.DATABASE_URL, { poolSize: 2, onConnectionError });
            const keys = new SqlitePersonKeyStore(config.personalKeysFile);
            // Embedded profile: each forget is recorded beside the data and the backups (docs/backup.md).
            const ledgers = forgetLedgers(config);
            return ledgers.length > 0 ? new LedgeredPersonKeyStore(keys, ledgers) : keys;
          },
        },
        {
          provide: EVENT_STORE,
          inject: [PERSON_KEY_STORE],
          // Personal data is encrypted on its way into any adapter, with keys kept outside the log.
          useFactory: async (keys: PersonKeyStore) => {
            const policy = personalDataPolicy(config.PERSON_KEY_SECRET);
            if (config.DATABASE_URL) {
              logger.log(`Using PostgreSQL at ${redactedUrl(config.DATABASE_URL)}`);
              const store = await PostgresEventStore.open(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, onConnectionError });
              return new PersonalDataEncryptingStore(store, keys, policy);
            }
            if (config.KURRENTDB_CONNECTION_STRING) {
              logger.log('Using KurrentDB');
              return new PersonalDataEncryptingStore(new KurrentDbEventStore(config.KURRENTDB_CONNECTION_STRING), keys, policy);
            }
            logger.log(`Using the embedded SQLite store at ${config.SQLITE_FILE}`);
            return new PersonalDataEncryptingStore(new SqliteEventStore(config.SQLITE_FILE), keys, policy);
          },
        },
        {
          provide: CHECKPOINT_STORE,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => {
            const adapter = storedForm(store);
            if (adapter instanceof SqliteEventStore || adapter instanceof PostgresEventStore) return adapter;
            return new KurrentDbCheckpointStore((adapter as KurrentDbEventStore).client);
          },
        },
        { provide: StreamStateCache, inject: [EVENT_STORE], useFactory: (store: EventStore) => new StreamStateCache(store) },
        {
          provide: CommandExecutor,
          inject: [EVENT_STORE, StreamStateCache, CLOCK],
          useFactory: (store: EventStore, cache: StreamStateCache, clock: Clock) => new CommandExecutor(store, cache, clock),
        },
        StoreCloser,
        BackupScheduler,
      ],
      exports: [APP_CONFIG, CLOCK, EVENT_STORE, CHECKPOINT_STORE, PERSON_KEY_STORE, StreamStateCache, CommandExecutor, BackupScheduler],
    };
  }
}

/** The URL without its password, for the log. */
function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
