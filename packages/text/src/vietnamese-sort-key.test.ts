import { describe, expect, it } from 'vitest';
import { vietnameseNameSortKey } from './vietnamese-sort-key.ts';

const byKey = (names: string[]) =>
  [...names].sort((a, b) => (vietnameseNameSortKey(a) < vietnameseNameSortKey(b) ? -1 : 1));
const collator = new Intl.Collator('vi');

describe('vietnameseNameSortKey', () => {
  it('orders single names as Intl.Collator("vi") does: letters, then tones, then case', () => {
    const names = ['An', 'Ân', 'Ấn', 'Ăn', 'Anh', 'Ánh', 'Ảnh', 'Bình', 'Dũng', 'Đức', 'Dương', 'Em',
      'Ê', 'Hà', 'Hạ', 'Hả', 'Hã', 'Há', 'Ha', 'Hoa', 'Hòa', 'Ô', 'Ơn', 'Oanh', 'Uyên', 'Ưng', 'Yến',
      'an', 'đào', 'Zoe', 'Minh', 'Mỹ', 'My', 'Thư', 'Thu', 'Thủy', 'Thùy', 'Thúy'];
    expect(byKey(names)).toEqual([...names].sort(collator.compare));
  });

  it('sorts by given name first, then family and middle names', () => {
    expect(byKey(['Lê Bình', 'Trần Thị Ánh', 'Nguyễn Văn An', 'Nguyễn An', 'Đỗ Văn An']))
      .toEqual(['Đỗ Văn An', 'Nguyễn An', 'Nguyễn Văn An', 'Trần Thị Ánh', 'Lê Bình']);
  });

  it('gives composed and decomposed spellings one key, and ignores extra spaces', () => {
    expect(vietnameseNameSortKey('Nguyễn  Thị Hồng '.normalize('NFD')))
      .toBe(vietnameseNameSortKey('Nguyễn Thị Hồng'));
  });
});
