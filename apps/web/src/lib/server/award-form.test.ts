import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { readAwardForm, readRevocationForm } from './award-form';

const t = translator('vi');

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe('readAwardForm', () => {
  it('reads filled rows and drops empty ones', () => {
    const result = readAwardForm(
      form({ rows: '3', 'code-0': ' gs-0001 ', 'tier-0': '4', 'code-1': '', 'tier-1': '5', 'code-2': 'GS-0002', 'tier-2': '5', 'reason-2': 'Hay hơn' }),
      t,
    );
    expect(result.input).toEqual([
      { entryCode: 'GS-0001', tierId: 4 },
      { entryCode: 'GS-0002', tierId: 5, reason: 'Hay hơn' },
    ]);
    expect(result.rows).toHaveLength(3);
  });

  it('refuses a bad code or a missing tier, keeping what was typed', () => {
    const result = readAwardForm(form({ rows: '2', 'code-0': 'GS 1', 'tier-0': '4', 'code-1': 'GS-2', 'tier-1': '' }), t);
    expect(result.input).toBeNull();
    expect(Object.keys(result.errors).sort()).toEqual(['code-0', 'tier-1']);
    expect(result.rows[0]?.code).toBe('GS 1');
  });
});

describe('readRevocationForm', () => {
  it('needs a reason and the confirmation, keeping what was typed', () => {
    const noReason = readRevocationForm(form({ code: 'gs-0001', reason: '   ', confirm: 'on' }), t);
    expect(noReason).toMatchObject({ input: null, code: 'GS-0001', error: 'Vui lòng ghi lý do thu hồi giải.' });
    const unconfirmed = readRevocationForm(form({ code: 'GS-0001', reason: 'Đạo văn' }), t);
    expect(unconfirmed).toMatchObject({ input: null, reason: 'Đạo văn', error: 'Vui lòng đánh dấu xác nhận trước khi thu hồi giải.' });
    expect(readRevocationForm(form({ code: 'GS 1', reason: 'Đạo văn', confirm: 'on' }), t).input).toBeNull();
  });

  it('reads a confirmed revocation with its reason', () => {
    const result = readRevocationForm(form({ code: ' gs-0001 ', reason: ' Phát hiện đạo văn ', confirm: 'on' }), t);
    expect(result).toMatchObject({ error: null, input: { entryCode: 'GS-0001', reason: 'Phát hiện đạo văn' } });
  });
});
