export * from './app-config.js';
export * from './queue-connections.js';
export * from './infrastructure.module.js';
export * from './observability.js';
export * from './personal-data.js';
export * from './secrets.js';
