export * from './command-executor.js';
export * from './stream-state-cache.js';
export * from './upcasters.js';
