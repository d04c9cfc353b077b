export { PostgresEventStore, type PostgresEventStoreOptions, APPEND_LOCK_KEY, EVENTS_CHANNEL } from './postgres.event-store.js';
export { PostgresPersonKeyStore } from './postgres.person-key-store.js';
export { postgresPool, type PostgresConnectionOptions } from './postgres.pool.js';
export { temporaryDatabase, type TemporaryDatabase, ADMIN_DATABASE_URL } from './temporary-database.js';
