import { describe, expect, it } from 'vitest';
import { findIdentityMentions, type Identity } from './anonymity.ts';

const nhung: Identity = {
  fullName: 'Nguyễn Thị Hồng Nhung',
  email: 'hong.nhung@sotuphap.gov.vn',
  phone: '+84 903 123 456',
  unitName: 'Đảng ủy Sở Tư pháp',
};

const body = (text: string) => [{ field: 'body' as const, attachmentId: null, text }];

describe('findIdentityMentions', () => {
  it.each([
    ['the full name', 'Tôi là Nguyễn Thị Hồng Nhung, cán bộ.', 'name', 'Nguyễn Thị Hồng Nhung'],
    ['the name without diacritics', 'Tac gia: NGUYEN THI HONG NHUNG.', 'name', 'NGUYEN THI HONG NHUNG'],
    ['the name typed in NFD', `Tôi là ${'Nguyễn Thị Hồng Nhung'.normalize('NFD')}.`, 'name', 'Nguyễn Thị Hồng Nhung'],
    ['the e-mail', 'Liên hệ hong.nhung@sotuphap.gov.vn nhé.', 'email', 'hong.nhung@sotuphap.gov.vn'],
    ['the phone written locally', 'Gọi 0903.123.456 để biết thêm.', 'phone', '0903.123.456'],
    ['the phone with country code', 'Gọi +84903123456.', 'phone', '+84903123456'],
    ['the unit', 'Tại Đảng ủy Sở Tư pháp, chị luôn…', 'unit', 'Đảng ủy Sở Tư pháp'],
    ['the distinctive part of the unit', 'Ở Sở Tư pháp thành phố, chị luôn…', 'unit', 'Sở Tư pháp'],
    // Invisible characters (pasted from the web, Word's optional hyphen): the judge reads the name all the same.
    ['the name with invisible characters in it', 'Tôi là Nguy\u00ADễn Thị\u200B Hồ\u200Dng Nhung.', 'name', 'Nguy\u00ADễn Thị\u200B Hồ\u200Dng Nhung'],
    ['the e-mail with a zero-width space in it', 'Liên hệ hong.nhung@\u200Bsotuphap.gov.vn nhé.', 'email', 'hong.nhung@\u200Bsotuphap.gov.vn'],
    ['the phone with a word joiner in it', 'Gọi 0903\u2060123\u00AD456 nhé.', 'phone', '0903\u2060123\u00AD456'],
  ])('finds %s', (_, text, kind, match) => {
    const warnings = findIdentityMentions(nhung, body(text));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ field: 'body', kind, match });
    const warning = warnings[0]!;
    expect(text.normalize('NFC')).toContain(`${warning.before}${warning.match}${warning.after}`);
  });

  it.each([
    ['another person sharing a given name', 'Chị Nhung ở tổ dân phố bên cạnh.'],
    ['a name inside a longer word run', 'Nguyễn Thị Hồng Nhungg'],
    ['a different number', 'Số 0903 123 457.'],
  ])('does not flag %s', (_, text) => {
    expect(findIdentityMentions(nhung, body(text))).toEqual([]);
  });

  it('reports every place, in every field', () => {
    const warnings = findIdentityMentions(nhung, [
      { field: 'title', attachmentId: null, text: 'Nguyễn Thị Hồng Nhung kể chuyện' },
      { field: 'attachment', attachmentId: 7, text: 'Sở Tư pháp … Nguyễn Thị Hồng Nhung' },
    ]);
    expect(warnings.map((w) => [w.field, w.attachmentId, w.kind])).toEqual([
      ['title', null, 'name'], ['attachment', 7, 'name'], ['attachment', 7, 'unit'],
    ]);
  });

  // Offices still keep templates in 8-bit Vietnamese fonts: Word shows the name, the text read from the file is Latin-1.
  it.each([
    ['a .VnTime font (TCVN3)', 'T¸c gi¶: NguyÔn ThÞ Hång Nhung, §¶ng ñy Së T­ ph¸p'],
    ['a VNI-Times font', 'Taùc giaû: Nguyeãn Thò Hoàng Nhung, Ñaûng uûy Sôû Tö phaùp'],
  ])('finds the name and unit in an attachment typed in %s, shown as Word shows them', (_, text) => {
    const warnings = findIdentityMentions(nhung, [{ field: 'attachment', attachmentId: 3, text }]);
    expect(warnings.map((w) => [w.kind, w.match])).toEqual([['name', 'Nguyễn Thị Hồng Nhung'], ['unit', 'Đảng ủy Sở Tư pháp']]);
    expect(warnings[0]!.before).toBe('Tác giả: ');
    // Typed on the website, such text is what it reads: no font could show it otherwise.
    expect(findIdentityMentions(nhung, body(text))).toEqual([]);
  });

  it('reads an attachment in Unicode as it is, not as a legacy font would show it', () => {
    const text = 'Tôi là Nguyễn Thị Hồng Nhung, ở Sở Tư pháp.';
    const warnings = findIdentityMentions(nhung, [{ field: 'attachment', attachmentId: 3, text }]);
    expect(warnings.map((w) => [w.kind, w.match, w.before])).toEqual([['name', 'Nguyễn Thị Hồng Nhung', 'Tôi là '], ['unit', 'Sở Tư pháp', 'Tôi là Nguyễn Thị Hồng Nhung, ở ']]);
  });

  // An office template's header or signature in .VnTime or VNI-Times under an essay typed in Unicode: each is shown as Vietnamese.
  it.each([
    ['its own lines', 'Tôi là Tô Thị Hà. Tô Thị Hà viết bài này.\nNg\u00adêi viÕt: T« ThÞ Hµ', 'Người viết: '],
    ['the same line', 'Tôi là Tô Thị Hà, người viết: Toâ Thò Haø', 'Tơi là Tơ Thị Hà, người viết: '],
  ])('finds a name typed in a legacy font in %s as a Unicode mention of it', (_, text, before) => {
    const ha: Identity = { ...nhung, fullName: 'Tô Thị Hà' };
    const warnings = findIdentityMentions(ha, [{ field: 'attachment', attachmentId: 3, text }]);
    expect(warnings.at(-1)).toMatchObject({ kind: 'name', match: 'Tô Thị Hà', before });
    expect(warnings).toHaveLength(text.split('Th').length - 1);
  });

  it.each(['attachment', 'body'] as const)('finds a name written in VIQR, which any font shows as typed, in the %s', (field) => {
    const text = 'Ta\'c gia?: Nguye^~n Thi. Ho^`ng Nhung, DDa?ng u?y So+? Tu+ pha\'p';
    const warnings = findIdentityMentions(nhung, [{ field, attachmentId: field === 'body' ? null : 3, text }]);
    expect(warnings.map((w) => [w.kind, w.match])).toEqual([['name', 'Nguyễn Thị Hồng Nhung'], ['unit', 'Đảng ủy Sở Tư pháp']]);
  });

  it('finds a name in VNI-Times after Word capitalized each word ("Aùnh" shows as Ánh)', () => {
    const anh: Identity = { ...nhung, fullName: 'Lê Ngọc Ánh' };
    const warnings = findIdentityMentions(anh, [{ field: 'attachment', attachmentId: 3, text: 'Taùc Giaû: Leâ Ngoïc Aùnh' }]);
    expect(warnings.map((w) => [w.match, w.before])).toEqual([['Lê Ngọc Ánh', 'Tác Giả: ']]);
  });

  // Unicode Vietnamese made only of Latin-1 letters reads as other Vietnamese in VNI: "Hoàng" is "Hồng".
  it('does not read a Unicode attachment as a legacy font would show it', () => {
    const hong: Identity = { ...nhung, fullName: 'Trần Thị Hồng' };
    expect(findIdentityMentions(hong, [{ field: 'attachment', attachmentId: 3, text: 'Tôi và chị Trần Thị Hoàng cùng tổ, nhiệt độ 25°C.' }])).toEqual([]);
  });

  it('keeps two mentions in one word apart', () => {
    const text = 'hong.nhung@sotuphap.gov.vn,0903123456';
    expect(findIdentityMentions(nhung, [{ field: 'attachment', attachmentId: 3, text }]).map((w) => w.kind)).toEqual(['email', 'phone']);
  });
});
