/** People files as organizers export them from HR spreadsheets, for the import test and bench. */

export interface PeopleRow {
  name: string;
  email: string;
  unit: string;
  roles: string;
}

/** `count` people spread over `units`, every 50th a judge; e-mails are unique. */
export function samplePeople(count: number, units: readonly string[]): PeopleRow[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Nguyễn Thị Hồng ${i + 1}`,
    email: `nguoi.${i + 1}@donvi.example.vn`,
    unit: units[i % units.length]!,
    roles: i % 50 === 0 ? 'giám khảo' : '',
  }));
}

const quote = (value: string) => (/[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** CSV as Excel saves "CSV UTF-8": a BOM, CRLF line ends, fields quoted only when needed. */
export function peopleCsv(rows: readonly PeopleRow[], separator: ',' | ';' = ','): Buffer {
  const lines = [['Họ và tên', 'Email', 'Đơn vị', 'Vai trò'], ...rows.map((r) => [r.name, r.email, r.unit, r.roles])]
    .map((cells) => cells.map(quote).join(separator));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
