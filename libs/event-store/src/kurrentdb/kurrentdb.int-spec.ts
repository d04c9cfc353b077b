import { eventStoreContract } from '../contract/event-store.contract.js';
import { KurrentDbCheckpointStore } from './kurrentdb.checkpoint-store.js';
import { KurrentDbEventStore } from './kurrentdb.event-store.js';

/**
 * The shared contract suite against a real KurrentDB, e.g.
 *   docker run -p 2113:2113 docker.kurrent.io/kurrent-latest/kurrentdb --insecure --run-projections=None
 *   KURRENTDB_CONNECTION_STRING='kurrentdb://localhost:2113?tls=false' \
 *     NODE_OPTIONS=--experimental-vm-modules npx jest --selectProjects int libs/event-store/src/kurrentdb
 * The suite uses random stream ids, so it can run against a server that already holds data.
 */
const connectionString = process.env.KURRENTDB_CONNECTION_STRING;

if (connectionString) {
  eventStoreContract('KurrentDB', async () => {
    const store = new KurrentDbEventStore(connectionString);
    const checkpoints = new KurrentDbCheckpointStore(store.client);
    return { store, checkpoints, cleanup: () => store.close() };
  });
} else {
  console.warn('KurrentDB contract suite skipped: set KURRENTDB_CONNECTION_STRING=esdb://... to run it');
  test.skip('EventStore contract: KurrentDB (needs KURRENTDB_CONNECTION_STRING)', () => undefined);
}
