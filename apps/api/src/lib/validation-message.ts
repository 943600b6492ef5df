import type { FastifySchemaValidationError } from 'fastify';
import type { Locale } from './locale.ts';
import { translate } from './messages.ts';
import { FINITE } from './request-validation.ts';
import { TEXT_HYGIENE, VISIBLE_TEXT } from './text-hygiene.ts';

/** Names of the fields users fill in, as the forms label them. */
const FIELD_LABELS: Record<string, Record<Locale, string>> = {
  email: { vi: 'Email', en: 'E-mail' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  unitId: { vi: 'Đơn vị', en: 'Unit' },
  unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
  name: { vi: 'Tên', en: 'Name' },
  headcount: { vi: 'Số cán bộ, đảng viên, người lao động', en: 'Headcount' },
  token: { vi: 'Mã thiết lập', en: 'Setup token' },
  roles: { vi: 'Vai trò', en: 'Roles' },
};

function fieldOf(error: FastifySchemaValidationError): string {
  const missing = error.params.missingProperty;
  const path = typeof missing === 'string' ? missing : error.instancePath.split('/').filter(Boolean).join('.');
  return path.replace(/^\./, '');
}

function labelOf(field: string, locale: Locale): string {
  const key = field.split('.').at(-1) ?? field;
  return FIELD_LABELS[key]?.[locale] ?? field;
}

/** One clear sentence for the first problem in a request, in the user's language. */
export function describeValidationError(
  errors: FastifySchemaValidationError[],
  context: string,
  locale: Locale,
): string {
  const error = errors[0];
  if (!error) return locale === 'vi' ? 'Dữ liệu không hợp lệ.' : 'The request is not valid.';
  const field = fieldOf(error);
  const label = field ? `«${labelOf(field, locale)}»` : locale === 'vi' ? 'Nội dung' : 'The body';
  const limit = error.params.limit;
  const vi = locale === 'vi';
  switch (error.keyword) {
    case 'required':
      return vi ? `Thiếu ${label}.` : `${label} is required.`;
    case 'minLength':
      return limit === 1
        ? vi ? `${label} không được để trống.` : `${label} must not be empty.`
        : vi ? `${label} cần ít nhất ${String(limit)} ký tự.` : `${label} needs at least ${String(limit)} characters.`;
    case 'maxLength':
      return vi ? `${label} dài quá ${String(limit)} ký tự.` : `${label} must not exceed ${String(limit)} characters.`;
    case 'format':
      return vi ? `${label} không đúng định dạng.` : `${label} is not in the right format.`;
    case 'minimum':
      return vi ? `${label} phải từ ${String(limit)} trở lên.` : `${label} must be at least ${String(limit)}.`;
    case 'maximum':
      return vi ? `${label} không được lớn hơn ${String(limit)}.` : `${label} must be at most ${String(limit)}.`;
    case TEXT_HYGIENE:
      return translate('invalid_text', locale, { field: labelOf(field, locale) });
    case VISIBLE_TEXT:
      return translate('invisible_text', locale, { field: labelOf(field, locale) });
    case FINITE:
    case 'type':
    case 'enum':
    case 'const':
    case 'anyOf':
      return vi ? `${label} có giá trị không hợp lệ.` : `${label} has an invalid value.`;
    case 'additionalProperties': {
      const extra = String(error.params.additionalProperty ?? '');
      return vi ? `Trường «${extra}» không được chấp nhận.` : `The field «${extra}» is not accepted.`;
    }
    default:
      return vi
        ? `${context === 'body' ? 'Dữ liệu' : 'Tham số'} không hợp lệ: ${label}.`
        : `Invalid ${context}: ${label}.`;
  }
}
