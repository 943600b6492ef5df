import { fold } from '@guong-sang/text';
import type { Rng } from './prng.ts';
import type { ProfessionKey } from './professions.ts';

export type Gender = 'male' | 'female';

export interface VietnameseName {
  /** Family name, middle name(s) and given name: "Nguyễn Thị Hồng Nhung". */
  fullName: string;
  family: string;
  given: string;
  gender: Gender;
}

export const DEMO_EMAIL_DOMAIN = 'demo.guongsang.vn';

/** Family names weighted roughly as they occur in the south of Vietnam. */
const FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 31], ['Trần', 11], ['Lê', 9], ['Phạm', 6], ['Huỳnh', 5], ['Võ', 4], ['Phan', 4],
  ['Hoàng', 2], ['Trương', 2], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.5], ['Hồ', 1.5], ['Ngô', 1.5],
  ['Dương', 1], ['Lý', 1], ['Lâm', 1], ['Đinh', 0.5], ['Mai', 0.5], ['Tô', 0.5], ['Hà', 0.5],
  ['Cao', 0.5], ['Châu', 0.5], ['Lương', 0.5], ['Tạ', 0.3], ['Vũ', 1],
];

const MIDDLE_NAMES: Record<Gender, readonly string[]> = {
  male: ['Văn', 'Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Công', 'Hoàng', 'Tuấn', 'Ngọc',
    'Xuân', 'Gia', 'Trọng', 'Quốc', 'Thành', 'Nhật', 'Bảo'],
  female: ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Bích', 'Thùy', 'Hồng',
    'Phương', 'Hoài', 'Diễm', 'Khánh', 'Minh'],
};

/** A second middle name after "Thị", as in Nguyễn Thị Hồng Nhung. */
const SECOND_MIDDLE_NAMES: readonly string[] = ['Hồng', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Bích', 'Mỹ', 'Thùy'];

const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  male: ['An', 'Bảo', 'Bình', 'Cường', 'Dũng', 'Duy', 'Đạt', 'Đức', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy',
    'Khang', 'Khoa', 'Kiên', 'Long', 'Lộc', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tài',
    'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh'],
  female: ['Anh', 'Châu', 'Chi', 'Diệp', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương',
    'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Ngân', 'Ngọc', 'Nhung', 'Nhi', 'Oanh', 'Phương', 'Quyên',
    'Quỳnh', 'Tâm', 'Thảo', 'Thư', 'Trang', 'Trinh', 'Tuyết', 'Uyên', 'Vân', 'Vy', 'Yến'],
};

function weighted(rng: Rng, items: readonly [string, number][]): string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rng.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}

export function vietnameseName(rng: Rng, gender: Gender = rng.chance(0.5) ? 'female' : 'male'): VietnameseName {
  const family = weighted(rng, FAMILY_NAMES);
  const given = rng.pick(GIVEN_NAMES[gender]);
  // "Phan Mỹ My" or "Lê Minh Minh" sound wrong: no middle name echoes the given name.
  const unlikeGiven = (m: string) => fold(m) !== fold(given);
  const middle = [rng.pick(MIDDLE_NAMES[gender].filter(unlikeGiven))];
  if (middle[0] === 'Thị' && rng.chance(0.4)) middle.push(rng.pick(SECOND_MIDDLE_NAMES.filter(unlikeGiven)));
  return { fullName: [family, ...middle, given].join(' '), family, given, gender };
}

/** nhung.nguyen.042@demo.guongsang.vn: readable, and unique through the number. */
export function demoEmail(name: VietnameseName, number: number): string {
  const part = (s: string) => fold(s).replace(/[^a-z]/g, '');
  return `${part(name.given)}.${part(name.family)}.${String(number).padStart(3, '0')}@${DEMO_EMAIL_DOMAIN}`;
}

export interface DemoUnit {
  name: string;
  /** The workplace as essays name it. */
  workplace: string;
  headcount: number;
  /** Kinds of work done there, which the essays of its people tell about. */
  professions: readonly ProfessionKey[];
}

/** Grassroots party organizations of one Ho Chi Minh City party bloc. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  { name: 'Đảng ủy Sở Tư pháp', workplace: 'Sở Tư pháp', headcount: 186, professions: ['tu-phap'] },
  { name: 'Đảng ủy Bệnh viện quận Gò Vấp', workplace: 'Bệnh viện quận Gò Vấp', headcount: 1125, professions: ['bac-si', 'dieu-duong'] },
  { name: 'Đảng ủy Trường Đại học Sư phạm', workplace: 'Trường Đại học Sư phạm Thành phố Hồ Chí Minh', headcount: 1384, professions: ['giang-vien'] },
  { name: 'Đảng ủy Bệnh viện Nhân dân 115', workplace: 'Bệnh viện Nhân dân 115', headcount: 1962, professions: ['bac-si', 'dieu-duong'] },
  { name: 'Đảng ủy Bệnh viện Nhi Đồng 1', workplace: 'Bệnh viện Nhi Đồng 1', headcount: 1740, professions: ['bac-si', 'dieu-duong'] },
  { name: 'Đảng ủy Bệnh viện Hùng Vương', workplace: 'Bệnh viện Hùng Vương', headcount: 1213, professions: ['bac-si', 'dieu-duong'] },
  { name: 'Chi bộ Trường Trung học phổ thông Nguyễn Thị Minh Khai', workplace: 'Trường Trung học phổ thông Nguyễn Thị Minh Khai', headcount: 142, professions: ['giao-vien'] },
  { name: 'Chi bộ Trường Tiểu học Lê Ngọc Hân', workplace: 'Trường Tiểu học Lê Ngọc Hân', headcount: 78, professions: ['giao-vien'] },
  { name: 'Đảng ủy Công an phường Bến Thành', workplace: 'Công an phường Bến Thành', headcount: 96, professions: ['cong-an'] },
  { name: 'Đảng ủy Công an phường Gò Vấp', workplace: 'Công an phường Gò Vấp', headcount: 88, professions: ['cong-an'] },
  { name: 'Đảng ủy Tổng công ty Cấp nước Sài Gòn', workplace: 'Tổng công ty Cấp nước Sài Gòn', headcount: 2870, professions: ['cap-nuoc'] },
  { name: 'Đảng ủy Tổng công ty Điện lực Thành phố Hồ Chí Minh', workplace: 'Tổng công ty Điện lực Thành phố Hồ Chí Minh', headcount: 6420, professions: ['dien-luc'] },
  { name: 'Đảng ủy Công ty Môi trường Đô thị', workplace: 'Công ty Môi trường Đô thị Thành phố Hồ Chí Minh', headcount: 2310, professions: ['moi-truong'] },
  { name: 'Đảng ủy Báo Sài Gòn Giải Phóng', workplace: 'Báo Sài Gòn Giải Phóng', headcount: 410, professions: ['phong-vien'] },
  { name: 'Đảng ủy Thi hành án dân sự Thành phố', workplace: 'Thi hành án dân sự Thành phố Hồ Chí Minh', headcount: 690, professions: ['thi-hanh-an'] },
  { name: 'Đảng ủy Sở Tài chính', workplace: 'Sở Tài chính', headcount: 320, professions: ['tai-chinh'] },
  { name: 'Đảng ủy Sở Nội vụ', workplace: 'Sở Nội vụ', headcount: 284, professions: ['chinh-sach'] },
  { name: 'Đảng ủy Trường Đại học Y khoa Phạm Ngọc Thạch', workplace: 'Trường Đại học Y khoa Phạm Ngọc Thạch', headcount: 1056, professions: ['giang-vien', 'bac-si'] },
  { name: 'Đảng ủy Trung tâm Y tế khu vực Chánh Hưng', workplace: 'Trung tâm Y tế khu vực Chánh Hưng', headcount: 432, professions: ['bac-si', 'dieu-duong'] },
  { name: 'Đảng ủy Ủy ban nhân dân phường Sài Gòn', workplace: 'Ủy ban nhân dân phường Sài Gòn', headcount: 165, professions: ['chinh-sach', 'tu-phap'] },
];
