/**
 * The API's wire types for the simulator, the benchmarks and the browser tests: the same types the web
 * app uses, generated from the OpenAPI document (`npm run api:types`, checked fresh by a test).
 */
import type { components } from '../../apps/web/src/api/openapi.generated.js';

export type ApiSchemas = components['schemas'];
