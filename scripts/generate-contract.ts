/**
 * The typed contract across HTTP: the API's OpenAPI document, turned into TypeScript for the web
 * (`apps/web/src/lib/api/schema.d.ts`, committed). The web's `$lib/types` aliases these types, so a
 * changed response shape breaks `pnpm --filter @guong-sang/web check` instead of a page.
 *
 *   pnpm contract      regenerate after changing a route's schema
 *
 * apps/api/test/contract.test.ts fails when the committed file is stale.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../apps/api/src/app.ts';
import { loadConfig } from '../apps/api/src/config.ts';
import { closeDb, createDb } from '../packages/db/src/index.ts';

export const CONTRACT_FILE = fileURLToPath(new URL('../apps/web/src/lib/api/schema.d.ts', import.meta.url));

const HEADER = `/**
 * GENERATED from the API's OpenAPI document by scripts/generate-contract.ts: do not edit.
 * After changing a route's schema in apps/api, run \`pnpm contract\` and commit the result.
 * The web imports these types through $lib/types.
 */

`;

/** The API's OpenAPI document, from the app built in-process over a throwaway database. */
export async function openapiDocument(): Promise<OpenAPI3> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-contract-'));
  const db = createDb(join(dataDir, 'guong-sang.sqlite'));
  try {
    const app = await buildApp({ config: loadConfig({ DATA_DIR: dataDir, ORIGIN: 'http://localhost:3000' }), db });
    await app.ready();
    // @fastify/swagger and openapi-typescript each declare their own OpenAPI document type.
    const document = app.swagger() as unknown as OpenAPI3;
    await app.close();
    return document;
  } finally {
    closeDb(db);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The text of schema.d.ts for the API as it is now. */
export async function generateContract(): Promise<string> {
  const ast = await openapiTS(await openapiDocument());
  return HEADER + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(CONTRACT_FILE, await generateContract());
  console.log(`wrote ${CONTRACT_FILE}`);
}
