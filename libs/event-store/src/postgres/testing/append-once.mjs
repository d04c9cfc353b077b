// Another process for postgres.event-store.int-spec.ts: appends one event through the adapter's
// source (node --experimental-transform-types; imports written `.js` resolve to the `.ts` files).
import { registerHooks } from 'node:module';
import { randomUUID } from 'node:crypto';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      throw error;
    }
  },
});

const { PostgresEventStore } = await import('../postgres.event-store.ts');
const store = await PostgresEventStore.open(process.argv[2], { poolSize: 1 });
const metadata = {
  actor: { userId: 'u-1', role: 'judge' },
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-11-24T08:00:00.000Z',
  schemaVersion: 1,
};
const { position } = await store.append(
  `other-process-${randomUUID()}`,
  [{ id: randomUUID(), type: 'FromAnotherProcess', data: {}, metadata }],
  'no_stream',
);
await store.close();
console.log(`appended at ${position}`);
