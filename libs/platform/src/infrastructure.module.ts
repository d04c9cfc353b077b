import { type DynamicModule, Global, Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { CommandExecutor, StreamStateCache } from '#application';
import {
  CHECKPOINT_STORE,
  EVENT_STORE,
  type EventStore,
  PERSON_KEY_STORE,
  type PersonKeyStore,
  PersonalDataEncryptingStore,
  SqliteEventStore,
  SqlitePersonKeyStore,
  storedForm,
} from '#event-store';
import { KurrentDbCheckpointStore, KurrentDbEventStore } from '#event-store/kurrentdb';
import { APP_CONFIG, type AppConfig } from './app-config.js';
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
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: (() => new Date()) satisfies Clock },
        { provide: PERSON_KEY_STORE, useFactory: () => new SqlitePersonKeyStore(config.personalKeysFile) },
        {
          provide: EVENT_STORE,
          inject: [PERSON_KEY_STORE],
          // Personal data is encrypted on its way into either adapter, with keys kept outside the log.
          useFactory: (keys: PersonKeyStore) => {
            const policy = personalDataPolicy(config.PERSON_KEY_SECRET);
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
            return adapter instanceof SqliteEventStore ? adapter : new KurrentDbCheckpointStore((adapter as KurrentDbEventStore).client);
          },
        },
        { provide: StreamStateCache, inject: [EVENT_STORE], useFactory: (store: EventStore) => new StreamStateCache(store) },
        {
          provide: CommandExecutor,
          inject: [EVENT_STORE, StreamStateCache, CLOCK],
          useFactory: (store: EventStore, cache: StreamStateCache, clock: Clock) => new CommandExecutor(store, cache, clock),
        },
        StoreCloser,
      ],
      exports: [APP_CONFIG, CLOCK, EVENT_STORE, CHECKPOINT_STORE, PERSON_KEY_STORE, StreamStateCache, CommandExecutor],
    };
  }
}
