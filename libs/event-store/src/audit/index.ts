export * from './canonical-json.js';
export * from './hash-chain.js';
export * from './chain-index.js';
