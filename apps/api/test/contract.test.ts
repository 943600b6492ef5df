import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FILE, generateContract } from '../../../scripts/generate-contract.ts';

describe('the typed contract across HTTP', () => {
  it('the web\'s generated API types match the API as it is (else run `pnpm contract`)', { timeout: 120_000 }, async () => {
    const committed = readFileSync(CONTRACT_FILE, 'utf8');
    const current = await generateContract();
    if (committed !== current) {
      expect.fail('apps/web/src/lib/api/schema.d.ts is stale: a route schema changed. Run `pnpm contract` and commit the result.');
    }
  });
});
