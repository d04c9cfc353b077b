export * from './commands.dto.js';
export * from './live.js';
export * from './queues.js';
export * from './live.dto.js';
export * from './users.dto.js';
export * from './reports.dto.js';
export * from './lots.dto.js';
export * from './bulk.dto.js';
