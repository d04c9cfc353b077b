/** Writes the web app's API types from the API's OpenAPI document: `npm run api:types`. */
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, renderApiTypes } from '../apps/api/src/openapi/api-types.js';

writeFileSync(API_TYPES_FILE, await renderApiTypes());
console.log(`Wrote ${API_TYPES_FILE}`);
