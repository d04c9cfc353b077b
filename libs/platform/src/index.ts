export * from './app-config.js';
export * from './queue-connections.js';
export * from './infrastructure.module.js';
export * from './observability.js';
export * from './personal-data.js';
export * from './backup-scheduler.js';
export * from './secrets.js';
