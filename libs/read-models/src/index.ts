export * from './boards.read-model.js';
export * from './catalogue.read-model.js';
export * from './entries.read-model.js';
export * from './registration-report.read-model.js';
export * from './users.read-model.js';
export * from './read-models.js';
