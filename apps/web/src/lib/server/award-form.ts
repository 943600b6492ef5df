import { textField } from './form';
import type { Translate } from '$lib/i18n';
import type { AwardInput, AwardRevocationInput } from '$lib/types';

export interface AwardRow {
  code: string;
  tierId: string;
  reason: string;
}

/** Rows shown to the organizer: the given ones, then a few empty ones to add others. */
export const EXTRA_ROWS = 3;
export const MAX_ROWS = 200;

/** The award rows of the decide form (`code-N`, `tier-N`, `reason-N`); empty codes are dropped. */
export function readAwardForm(
  data: FormData,
  t: Translate,
): { rows: AwardRow[]; errors: Record<string, string>; input: AwardInput[] | null } {
  const count = Math.min(Math.max(Number(textField(data, 'rows')) || 0, 0), MAX_ROWS);
  const rows: AwardRow[] = [];
  const errors: Record<string, string> = {};
  const input: AwardInput[] = [];
  for (let i = 0; i < count; i += 1) {
    const row = {
      code: textField(data, `code-${i}`).toUpperCase(),
      tierId: textField(data, `tier-${i}`),
      reason: textField(data, `reason-${i}`).slice(0, 1000),
    };
    rows.push(row);
    if (!row.code) continue;
    if (!/^[A-Z0-9-]{1,20}$/.test(row.code)) errors[`code-${i}`] = t('awards.codeInvalid', { n: i + 1 });
    const tierId = Number(row.tierId);
    if (!/^\d+$/.test(row.tierId) || !Number.isSafeInteger(tierId) || tierId <= 0) {
      errors[`tier-${i}`] = t('awards.tierRequired', { n: i + 1 });
      continue;
    }
    input.push({ entryCode: row.code, tierId, ...(row.reason ? { reason: row.reason } : {}) });
  }
  return { rows, errors, input: Object.keys(errors).length > 0 ? null : input };
}

/** The revoke form of one award (`code`, `reason`, `confirm`): a reason and the confirmation are required. */
export function readRevocationForm(
  data: FormData,
  t: Translate,
): { code: string; reason: string; error: string | null; input: AwardRevocationInput | null } {
  const code = textField(data, 'code').toUpperCase();
  const reason = textField(data, 'reason').slice(0, 1000);
  const error = !/^[A-Z0-9-]{1,20}$/.test(code) ? t('awards.codeInvalid', { n: 1 })
    : reason === '' ? t('awards.revokeReasonRequired')
      : data.get('confirm') !== 'on' ? t('awards.revokeConfirmRequired')
        : null;
  return { code, reason, error, input: error ? null : { entryCode: code, reason } };
}
