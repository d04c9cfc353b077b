export * from './commands.dto.js';
export * from './live.js';
export * from './queues.js';
export * from './live.dto.js';
