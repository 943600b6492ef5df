import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { nextBackupTime, parseTimeOfDay } from './backup-schedule.ts';

describe('nightly backup time (Vietnam time, UTC+7)', () => {
  const at2 = { hour: 2, minute: 0 };

  it('runs later the same Vietnamese day when the time has not come yet', () => {
    // 23:30 UTC on 1 Dec is 06:30 on 2 Dec in Vietnam: 02:00 has passed, so 02:00 on 3 Dec.
    expect(nextBackupTime(new Date('2026-12-01T23:30:00Z'), at2).toISOString()).toBe('2026-12-02T19:00:00.000Z');
    // 18:00 UTC on 1 Dec is 01:00 on 2 Dec in Vietnam: 02:00 is an hour away.
    expect(nextBackupTime(new Date('2026-12-01T18:00:00Z'), at2).toISOString()).toBe('2026-12-01T19:00:00.000Z');
  });

  it('never runs twice for the same moment: exactly at the time, the next run is a day later', () => {
    expect(nextBackupTime(new Date('2026-12-01T19:00:00Z'), at2).toISOString()).toBe('2026-12-02T19:00:00.000Z');
  });

  it('crosses months and years', () => {
    expect(nextBackupTime(new Date('2026-12-31T20:00:00Z'), { hour: 23, minute: 45 }).toISOString()).toBe('2027-01-01T16:45:00.000Z');
  });

  it('reads HH:MM and refuses anything else', () => {
    expect(parseTimeOfDay('02:00')).toEqual({ hour: 2, minute: 0 });
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['2:00', '24:00', '12:60', '02:00:00', 'noon', '']) expect(parseTimeOfDay(bad)).toBeUndefined();
  });
});

describe('nightly backup settings', () => {
  it('are off without BACKUP_DIR, and default to 02:00 keeping 7', () => {
    expect(loadConfig({}).backup).toBeUndefined();
    expect(loadConfig({ BACKUP_DIR: '/srv/backups' }).backup).toEqual({ dir: '/srv/backups', at: { hour: 2, minute: 0 }, keep: 7 });
  });

  it('refuses a bad time or count with every problem named at once', () => {
    expect(() => loadConfig({ BACKUP_DIR: '/srv/backups', BACKUP_AT: '2h', BACKUP_KEEP: '0' }))
      .toThrow(/BACKUP_AT must be a time of day[\s\S]*BACKUP_KEEP must be a whole number/);
  });
});
