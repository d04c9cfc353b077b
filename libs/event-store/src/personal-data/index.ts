export * from './encrypting-event-store.js';
export * from './person-key-store.js';
