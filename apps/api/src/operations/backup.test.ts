import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFolderName, pruneBackups } from './backup.ts';

describe('keeping the last nightly backups', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the oldest finished backups beyond BACKUP_KEEP and nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gs-prune-'));
    const finished = ['20261128T190000Z', '20261129T190000Z', '20261130T190000Z', '20261201T190000Z'];
    for (const name of finished) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'manifest.json'), '{}');
    }
    // Someone's own folder and a backup still being written are left alone.
    mkdirSync(join(dir, 'ban-sao-tay'));
    writeFileSync(join(dir, 'ban-sao-tay', 'manifest.json'), '{}');
    mkdirSync(join(dir, '20261127T190000Z'));

    expect(await pruneBackups(dir, 2)).toEqual(['20261128T190000Z', '20261129T190000Z']);
    expect(readdirSync(dir).sort()).toEqual(['20261127T190000Z', '20261130T190000Z', '20261201T190000Z', 'ban-sao-tay']);
    expect(await pruneBackups(dir, 7)).toEqual([]);
    expect(existsSync(join(dir, '20261201T190000Z', 'manifest.json'))).toBe(true);
  });

  it('names folders by UTC time, sortable as text', () => {
    expect(backupFolderName(new Date('2026-12-02T07:09:10.123Z'))).toBe('20261202T070910Z');
  });
});
