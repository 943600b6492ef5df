import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

/*
 * A review's finding on adf81f6: the scanner took each judge id as `text.slice(…)` of the whole text
 * of a round's sheets, and V8 makes a slice of 13 characters or more a view on its parent: the ids
 * kept with the counted sheets (results keep them, per round) held the whole text alive, tens of MB
 * at 100,000 entries. JSON.parse, the read before, made ids of their own. V8's string kinds are
 * seen only with --allow-natives-syntax: the modules (they import only each other) are run in a node
 * of their own.
 */

/** The scanner's modules transpiled into `dir`, importing each other as .mjs. */
function transpileScanner(dir: string): void {
  for (const name of ['counted-sheets', 'sheets-text-scan']) {
    const source = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(dir, `${name}.mjs`), outputText.replace(/from '\.\/([a-z-]+)\.ts'/g, "from './$1.mjs'"));
  }
}
it('keeps no judge id that is a view on the text of the read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'counted-sheets-retained-'));
  try {
    transpileScanner(dir);
    writeFileSync(join(dir, 'probe.mjs'), `
      import { countedSheetsOf } from './counted-sheets.mjs';
      const judges = ['judge-0123456789abcdef', 'giám-khảo-0123456789', 'an', 'j\\\\"quoted-0123456789'];
      const values = Array.from({ length: 2000 }, (_, k) => [k + 1, k + 1, judges[k % judges.length], [1, k % 10]]).flat();
      const sheets = countedSheetsOf({ sheets: 2000, values: JSON.stringify(values) });
      for (const id of sheets.judgeIds) %DebugPrint(id);
    `);
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', join(dir, 'probe.mjs')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const kinds = run.stdout.split('\n').filter((line) => line.includes(' - type: '));
    expect(kinds).toHaveLength(4);
    expect(kinds.filter((line) => /SLICED|CONS/.test(line))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
