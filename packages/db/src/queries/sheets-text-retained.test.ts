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
 * at 100,000 entries. JSON.parse, the read before, made ids of their own. A review of 6b695fc asked
 * the same of the listed sheets' comments. V8's string kinds are seen only with
 * --allow-natives-syntax: the modules (they import only each other) are run in a node of their own.
 */

/** The V8 kind of each string `probe` (a module importing './counted-sheets.mjs' or './listed-sheets.mjs') prints with %DebugPrint. */
function printedStringKinds(probe: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-text-retained-'));
  try {
    for (const name of ['counted-sheets', 'sheets-text-scan', 'listed-sheets']) {
      const source = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      writeFileSync(join(dir, `${name}.mjs`), outputText.replace(/from '\.\/([a-z-]+)\.ts'/g, "from './$1.mjs'"));
    }
    writeFileSync(join(dir, 'probe.mjs'), probe);
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', join(dir, 'probe.mjs')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.split('\n').filter((line) => line.includes(' - type: '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Code for the probes: a text of sheets as SQLite writes it, from values with each sheet's scores as a pair [criterion id, score]. */
const TEXT_OF = "((values) => values.map((v) => (Array.isArray(v) ? `{\"${v[0]}\":${v[1]}}` : JSON.stringify(v))).join(','))";

it('keeps no judge id that is a view on the text of the read', () => {
  const kinds = printedStringKinds(`
    import { countedSheetsOf } from './counted-sheets.mjs';
    const judges = ['judge-0123456789abcdef', 'giám-khảo-0123456789', 'an', 'j\\\\"quoted-0123456789'];
    const values = Array.from({ length: 2000 }, (_, k) => [k + 1, k + 1, judges[k % judges.length], [1, k % 10]]).flat();
    const sheets = countedSheetsOf({ sheets: 2000, values: ${TEXT_OF}(values) });
    for (const id of sheets.judgeIds) %DebugPrint(id);
  `);
  expect(kinds).toHaveLength(4);
  expect(kinds.filter((line) => /SLICED|CONS/.test(line))).toEqual([]);
});

it('keeps no comment or judge id of the listed sheets that is a view on the text of the read', () => {
  const kinds = printedStringKinds(`
    import { listedSheetsOf } from './listed-sheets.mjs';
    const comments = ['ngắn', 'short ascii', 'a comment longer than thirteen characters', 'nhận xét dài hơn mười ba ký tự',
      'with "quotes" and \\\\ escapes, long', '\\u2028 separators \\u2029 long enough', 'x'.repeat(5000)];
    const values = comments.flatMap((c, k) => [k + 1, k + 1, 'judge-0123456789abcdef', [1, 5], 'draft', c, 1000]);
    const sheets = listedSheetsOf({ sheets: comments.length, values: ${TEXT_OF}(values) }, (e) => 'GS-' + e);
    for (const s of [...sheets.comment, ...sheets.judgeIds]) %DebugPrint(s);
  `);
  expect(kinds).toHaveLength(8);
  expect(kinds.filter((line) => /SLICED|CONS/.test(line))).toEqual([]);
});
