import { describe, expect, it } from 'vitest';
import { en } from './en';
import { dictionaries, isLocale, translator } from './index';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('every message is non-empty and uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(vi)) {
      const english = en[key as keyof typeof vi];
      expect(text.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it('Vietnamese text is stored in NFC', () => {
    for (const [key, text] of Object.entries(vi)) expect(text, key).toBe(text.normalize('NFC'));
  });

  it('uses the glossary terms', () => {
    expect(vi['nav.login']).toBe('Đăng nhập');
    expect(vi['nav.logout']).toBe('Đăng xuất');
    expect(vi['nav.register']).toBe('Đăng ký');
    expect(vi['field.password']).toBe('Mật khẩu');
    expect(vi['role.organizer']).toBe('Ban tổ chức');
    expect(vi['role.judge']).toBe('Giám khảo');
  });
});

describe('translator', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(translator('vi')('home.user.greeting', { name: 'Lan' })).toBe('Xin chào, Lan');
    expect(translator('en')('home.user.greeting', { name: 'Lan' })).toBe('Hello, Lan');
    expect(translator('en')('home.user.greeting')).toBe('Hello, {name}');
  });

  it('has a dictionary for every locale', () => {
    expect(Object.keys(dictionaries).sort()).toEqual(['en', 'vi']);
  });
});

describe('isLocale', () => {
  it('accepts only vi and en', () => {
    expect(isLocale('vi')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
});
