export * from './app-config.js';
export * from './infrastructure.module.js';
