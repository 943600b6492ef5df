import { describe, expect, it } from 'vitest';
import type { FieldErrors } from '$lib/form-errors';
import { translator } from '$lib/i18n';
import { newPasswordField, placeRefusal } from './form';

const t = translator('en');

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('newPasswordField', () => {
  it('keeps the password exactly as typed, spaces included, when both copies match', () => {
    const errors: FieldErrors<'password' | 'confirmPassword'> = {};
    expect(newPasswordField(form({ password: ' mật khẩu ', confirmPassword: ' mật khẩu ' }), errors, t)).toBe(' mật khẩu ');
    expect(errors).toEqual({});
  });

  it('counts characters as a person sees them and refuses a short or overlong password', () => {
    const short: FieldErrors<'password' | 'confirmPassword'> = {};
    newPasswordField(form({ password: '😀😀😀😀', confirmPassword: '😀😀😀😀' }), short, t);
    expect(short.password).toBe(t('validation.passwordLength'));
    const long: FieldErrors<'password' | 'confirmPassword'> = {};
    newPasswordField(form({ password: 'a'.repeat(129), confirmPassword: 'a'.repeat(129) }), long, t);
    expect(long.password).toBe(t('validation.passwordLength'));
  });

  it('puts a differing confirmation beside the confirmation field', () => {
    const errors: FieldErrors<'password' | 'confirmPassword'> = {};
    newPasswordField(form({ password: 'correct horse', confirmPassword: 'correct horse ' }), errors, t);
    expect(errors).toEqual({ confirmPassword: t('validation.passwordMismatch') });
  });
});

describe('placeRefusal', () => {
  const fieldForCode = new Map([['email_taken', 'email' as const]]);

  it('shows a refusal about one field beside it, and no summary message', () => {
    const errors: FieldErrors<'email'> = {};
    expect(placeRefusal({ code: 'email_taken', message: 'Taken.' }, fieldForCode, errors)).toBeUndefined();
    expect(errors).toEqual({ email: 'Taken.' });
  });

  it('returns any other refusal for the summary', () => {
    const errors: FieldErrors<'email'> = {};
    expect(placeRefusal({ code: 'rate_limited', message: 'Slow down.' }, fieldForCode, errors)).toBe('Slow down.');
    expect(errors).toEqual({});
  });
});
