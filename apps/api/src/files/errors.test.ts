import { expect, test } from 'vitest';
import { messages, translate } from '../lib/messages.ts';
import { fileErrorStatus, FileRejectedError, type FileErrorCode } from './errors.ts';

test('every code has a Vietnamese and an English message and a 4xx status', () => {
  for (const code of Object.keys(fileErrorStatus) as FileErrorCode[]) {
    expect(messages[code].vi.length, code).toBeGreaterThan(20);
    expect(messages[code].en.length, code).toBeGreaterThan(20);
    expect(messages[code].vi).not.toBe(messages[code].en);
    expect(fileErrorStatus[code]).toBeGreaterThanOrEqual(400);
    expect(fileErrorStatus[code]).toBeLessThan(500);
  }
});

test('messages fill their placeholders from the error', () => {
  const error = new FileRejectedError('image_too_large', 'Input image exceeds pixel limit', { megapixels: 40, side: 16_384 });
  expect(translate(error.code, 'vi', error.params))
    .toBe('Ảnh có kích thước quá lớn (tối đa 40 triệu điểm ảnh, mỗi cạnh tối đa 16384 điểm ảnh). Vui lòng thu nhỏ ảnh rồi tải lên lại.');
  expect(translate('file_damaged', 'vi')).toBe('Tệp bị hỏng hoặc không đọc được. Vui lòng lưu lại tệp và tải lên lần nữa.');
  expect(error.message).toBe('image_too_large: Input image exceeds pixel limit');
});
