// Writes api/graphql/schema.graphql, the printed schema that the dashboard reads and a test guards.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchemaSdl } from './schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));

writeFileSync(SCHEMA_FILE, printSchemaSdl());
console.log(`wrote ${SCHEMA_FILE}`);
