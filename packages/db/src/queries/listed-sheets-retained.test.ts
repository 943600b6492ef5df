import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

/*
 * A review of 6b695fc (as counted-sheets-retained.test.ts for the judge ids): the comments and
 * judge ids the listed sheets keep (results keep them, per round) must be strings of their own,
 * not views on the text of the read, short or long, escaped or not. Seen with --allow-natives-syntax.
 */
it('keeps no comment or judge id that is a view on the text of the read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'listed-sheets-retained-'));
  try {
    for (const name of ['counted-sheets', 'sheets-text-scan', 'listed-sheets']) {
      const source = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      writeFileSync(join(dir, `${name}.mjs`), outputText.replace(/from '\.\/([a-z-]+)\.ts'/g, "from './$1.mjs'"));
    }
    writeFileSync(join(dir, 'probe.mjs'), `
      import { listedSheetsOf } from './listed-sheets.mjs';
      const comments = ['ngắn', 'short ascii', 'a comment longer than thirteen characters', 'nhận xét dài hơn mười ba ký tự',
        'with "quotes" and \\\\ escapes, long', '\\u2028 separators \\u2029 long enough', 'x'.repeat(5000)];
      const values = comments.flatMap((c, k) => [k + 1, k + 1, 'judge-0123456789abcdef', [1, 5], 'draft', c, 1000]);
      const sheets = listedSheetsOf({ sheets: comments.length, values: JSON.stringify(values) }, (e) => 'GS-' + e);
      for (const s of [...sheets.comment, ...sheets.judgeIds]) %DebugPrint(s);
    `);
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', join(dir, 'probe.mjs')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const kinds = run.stdout.split('\n').filter((line) => line.includes(' - type: '));
    expect(kinds).toHaveLength(8);
    expect(kinds.filter((line) => /SLICED|CONS/.test(line))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
