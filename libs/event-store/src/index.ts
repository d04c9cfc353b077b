export * from './event-store.port.js';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite.event-store.js';
export * from './postgres/index.js';
export * from './audit/index.js';
export * from './personal-data/index.js';
export * from './backup/index.js';
