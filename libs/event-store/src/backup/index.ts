export * from './embedded-backup.js';
export * from './forget-ledger.js';
