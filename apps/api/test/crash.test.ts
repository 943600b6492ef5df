import { describe, expect, it } from 'vitest';
import { formatCrashReport, runCrashTest } from './crash-harness.ts';

// SECURITY.md case 15 in CI: the same harness as `pnpm crash-test`, smaller (30 entrants, 3 kills).
describe('crashes during the deadline rush', () => {
  it('SIGKILL at random moments while entrants edit, upload and submit: nothing acknowledged is lost, nothing orphaned', async () => {
    const report = await runCrashTest({ clients: 30, kills: 3, seed: 20261202 });
    const summary = formatCrashReport(report).join('\n');
    console.log(summary);
    expect(report.problems, summary).toEqual([]);
    expect(report.acknowledged, summary).toBeGreaterThan(0);
    expect(report.lost, summary).toBe(0);
    expect(report.uploadsAcknowledged, summary).toBeGreaterThan(0);
    expect(report.uploadsLost, summary).toBe(0);
    expect(report.integrityCheck).toBe('ok');
    expect(report.synchronous).toBe(2);
    // The temp file planted before the last start (a write torn by the kill) was swept.
    expect(report.sweptAtStart.tempFiles).toBeGreaterThan(0);
  }, 600_000);
});
