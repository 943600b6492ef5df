import { countActiveOrganizers, listAudit, listUnits, type Db } from '@guong-sang/db';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeZip } from '../src/files/zip-write.ts';
import { createUnit, json, login, makeApp, multipart, ORGANIZER, organizerEnv, register, type TestContext } from './helpers.ts';
import { peopleCsv, samplePeople } from './people-import-file.ts';

let ctx: TestContext;
let organizer: string;
const UNITS = ['Công ty Điện lực Sài Gòn', 'Bệnh viện Nhân dân 115', 'Trường THPT Lê Quý Đôn'];

beforeAll(async () => {
  ctx = await makeApp({ env: organizerEnv });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  for (const name of UNITS) await createUnit(ctx.app, organizer, name);
});
afterAll(async () => ctx.close());

interface Preview {
  rows: number; toCreate: number; toUpdate: number; problemCount: number; previewId: string | null;
  problems: { row: number; column: string; code: string; message: string }[];
}

async function preview(kind: 'units' | 'people', bytes: Buffer, name = 'file.csv', headers: Record<string, string> = {}) {
  const body = multipart({ name, bytes });
  return ctx.app.inject({
    method: 'POST', url: `/api/imports/preview?kind=${kind}`,
    headers: { ...body.headers, cookie: organizer, ...headers }, payload: body.payload,
  });
}

async function confirm(previewId: string, cookie = organizer) {
  return ctx.app.inject({ method: 'POST', url: '/api/imports', headers: { ...json, cookie }, payload: { previewId } });
}

const countUsers = (db: Db) => db.$client.prepare('select count(*) as n from users').get() as { n: number };

describe('people import', () => {
  it('lists exactly the 3 broken rows of a 5,000-person CSV, saves nothing, then imports the fixed file', async () => {
    const people = samplePeople(5_000, UNITS);
    const broken = people.map((p) => ({ ...p }));
    broken[99]!.email = 'khong-phai-email';          // file row 101
    broken[2_499]!.unit = 'Đơn vị không có thật';     // file row 2501
    broken[4_999]!.email = broken[10]!.email;         // file row 5001 repeats row 12
    const before = countUsers(ctx.db).n;

    const response = await preview('people', peopleCsv(broken), 'nhan-su.csv', { 'accept-language': 'vi' });
    expect(response.statusCode).toBe(200);
    const body = response.json<Preview>();
    expect(body.previewId).toBeNull();
    expect(body.rows).toBe(5_000);
    expect(body.problemCount).toBe(3);
    expect(body.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 101, column: 'Email', code: 'import_bad_email' },
      { row: 2_501, column: 'Đơn vị', code: 'import_unknown_unit' },
      { row: 5_001, column: 'Email', code: 'import_duplicate_email' },
    ]);
    expect(body.problems[1]!.message).toContain('Đơn vị không có thật');
    expect(body.problems[2]!.message).toContain('12');
    expect(countUsers(ctx.db).n).toBe(before);

    const fixed = await preview('people', peopleCsv(people));
    const ok = fixed.json<Preview>();
    expect(ok).toMatchObject({ rows: 5_000, toCreate: 5_000, problemCount: 0, problems: [] });
    expect(countUsers(ctx.db).n).toBe(before);
    const imported = await confirm(ok.previewId!);
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toEqual({ kind: 'people', created: 5_000, updated: 0 });
    expect(countUsers(ctx.db).n).toBe(before + 5_000);
    const invitations = ctx.db.$client.prepare("select count(*) as n from mail_queue where kind = 'invitation'").get() as { n: number };
    expect(invitations.n).toBe(5_000);

    const judges = await ctx.app.inject({
      method: 'GET', url: '/api/users?q=donvi.example.vn&role=judge&limit=200', headers: { cookie: organizer },
    });
    expect(judges.json<unknown[]>()).toHaveLength(100);
    const first = judges.json<{ email: string; roles: string[]; unitName: string }[]>()
      .find((u) => u.email === 'nguoi.1@donvi.example.vn');
    expect(first).toMatchObject({ roles: ['entrant', 'judge'], unitName: UNITS[0] });
    expect(listAudit(ctx.db, { subjectType: 'import' }).map((a) => a.action)).toContain('people.imported');

    // The same preview cannot be saved twice; the same file again finds every e-mail taken.
    expect((await confirm(ok.previewId!)).statusCode).toBe(404);
    const again = (await preview('people', peopleCsv(people.slice(0, 3)))).json<Preview>();
    expect(again.problems.map((p) => p.code)).toEqual(['import_email_exists', 'import_email_exists', 'import_email_exists']);
  }, 120_000);

  it('gives imported people no password anyone can sign in with', async () => {
    const csv = peopleCsv([{ name: 'Trần Văn Bình', email: 'binh@import.example.vn', unit: UNITS[1]!, roles: '' }]);
    const { previewId } = (await preview('people', csv)).json<Preview>();
    expect((await confirm(previewId!)).statusCode).toBe(201);
    for (const password of ['', '!no-password', 'mat-khau-du-dai']) {
      const response = await ctx.app.inject({
        method: 'POST', url: '/api/auth/login', payload: { email: 'binh@import.example.vn', password },
      });
      expect(response.statusCode).not.toBe(200);
    }
  });

  it('mails every imported person an invitation whose link sets their password', async () => {
    const csv = peopleCsv([{ name: 'Lê Thị Mai', email: 'mai@import.example.vn', unit: UNITS[2]!, roles: '' }]);
    const { previewId } = (await preview('people', csv)).json<Preview>();
    expect((await confirm(previewId!)).statusCode).toBe(201);
    const mails = ctx.db.$client.prepare("select kind, text from mail_queue where to_address = 'mai@import.example.vn'")
      .all() as { kind: string; text: string }[];
    expect(mails.map((m) => m.kind)).toEqual(['invitation']);
    const token = /\/password\/([A-Za-z0-9_-]+)/.exec(mails[0]!.text)?.[1];
    expect(token).toBeDefined();
    const set = await ctx.app.inject({
      method: 'POST', url: `/api/auth/password-links/${token}`, payload: { newPassword: 'mai-dat-mat-khau-2026' },
    });
    expect(set.statusCode).toBe(200);
    const signIn = await ctx.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'mai@import.example.vn', password: 'mai-dat-mat-khau-2026' },
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('reads CSV as spreadsheets write it: semicolons, quotes, CRLF inside quotes, any case of headers', async () => {
    const csv = Buffer.from(
      'EMAIL;HO TEN;don vi;Roles\r\n'
      + `"le.thi.a@x.example.vn";"Lê Thị ""Ánh"" A";"${UNITS[2]}";"judge; organizer"\n`
      + `b@x.example.vn;Phạm B;${UNITS[2]!.toUpperCase()};\r\n`
      + ';;;\r\n'
      + `c@x.example.vn;"Võ\r\nC";${UNITS[2]};trưởng phòng\r\n`,
      'utf8',
    );
    const body = (await preview('people', csv)).json<Preview>();
    expect(body.rows).toBe(3);
    expect(body.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 5, column: 'Roles', code: 'import_unknown_role' },
    ]);
    expect(body.toCreate).toBe(2);
  });

  it('catches a full-width look-alike as a repeat of the address it imitates, and refuses smuggling addresses', async () => {
    const unit = UNITS[0]!;
    const csv = peopleCsv([
      { name: 'Nguyễn Văn Dũng', email: 'dup@lookalike.example.vn', unit, roles: '' },
      { name: 'Nguyễn Văn Dũng', email: 'ｄup@lookalike.example.vn', unit, roles: '' },
      { name: 'A', email: 'a,b<c>@lookalike.example.vn', unit, roles: '' },
      { name: 'B', email: '"x y"@lookalike.example.vn', unit, roles: '' },
      { name: 'C', email: 'c@lookalike', unit, roles: '' },
      { name: 'D', email: 'd\u200B@lookalike.example.vn', unit, roles: '' },
    ]);
    const body = (await preview('people', csv, 'f.csv', { 'accept-language': 'vi' })).json<Preview>();
    expect(body.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'import_duplicate_email'], [4, 'import_bad_email'], [5, 'import_bad_email'], [6, 'import_bad_email'], [7, 'import_bad_email'],
    ]);
    expect(body.problems[4]!.message).toContain('d[U+200B]@lookalike.example.vn');
    expect(body.problems[4]!.message).toMatch(/chữ không dấu/);

    const taken = await register(ctx.app, { email: 'taken@lookalike.example.vn', unitId: listUnits(ctx.db).find((u) => u.openToEntrants)!.id });
    expect(taken).toBeTruthy();
    const again = (await preview('people', peopleCsv([{ name: 'E', email: 'ＴＡＫＥＮ@lookalike.example.vn', unit, roles: '' }]))).json<Preview>();
    expect(again.problems.map((p) => p.code)).toEqual(['import_email_exists']);
  });

  it('refuses person and unit names that hide an invisible character, quoting where it is', async () => {
    const people = (await preview('people', peopleCsv([
      { name: 'Nguyễn\u200BVăn An', email: 'an@hidden.example.vn', unit: UNITS[0]!, roles: '' },
      { name: 'Nguyễn Văn Bình', email: 'binh@hidden.example.vn', unit: `${UNITS[0]!}\uFE0F`, roles: '' },
    ]), 'f.csv', { 'accept-language': 'vi' })).json<Preview>();
    expect(people.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Họ và tên', 'import_bad_name'], [3, 'Đơn vị', 'import_bad_name'],
    ]);
    expect(people.problems[0]!.message).toContain('Nguyễn[U+200B]Văn An');
    const units = (await preview('units', Buffer.from('Tên đơn vị,Đơn vị cấp trên,Số người\nChi\u2060 bộ 1,,10\n', 'utf8'))).json<Preview>();
    expect(units.problems.map((p) => [p.row, p.code])).toEqual([[2, 'import_bad_name']]);
  });

  it('reads the template files the import page offers, header and example rows, without a problem', async () => {
    const template = (name: string) => readFileSync(new URL(`../../web/static/templates/${name}`, import.meta.url));
    const units = (await preview('units', template('don-vi.csv'), 'don-vi.csv')).json<Preview>();
    expect(units).toMatchObject({ rows: 2, problemCount: 0 });
    const people = (await preview('people', template('nguoi-dung.csv'), 'nguoi-dung.csv')).json<Preview>();
    expect(people.rows).toBe(2);
    // The example unit does not exist here: the only problems are the units, never a column.
    expect(new Set(people.problems.map((p) => p.code))).toEqual(new Set(['import_unknown_unit']));
  });

  it('names every problem of a row: missing name, bad e-mail, missing unit', async () => {
    const csv = Buffer.from('name,email,unit\n  ,not an email,\n', 'utf8');
    const body = (await preview('people', csv)).json<Preview>();
    expect(body.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'name', 'import_missing_name'], [2, 'email', 'import_bad_email'], [2, 'unit', 'import_missing_unit'],
    ]);
  });

  it('refuses files that are not a people table before looking at rows', async () => {
    const cases: [Buffer, number, string][] = [
      [Buffer.from('name,email,unit,phone\na,b@c.vn,d,1\n'), 422, 'import_columns'],
      [Buffer.from('name,unit\na,b\n'), 422, 'import_missing_column'],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 415, 'import_not_table'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 415, 'import_not_table'],
      [Buffer.from('\uFEFF\r\n\r\n'), 400, 'import_empty'],
      [Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 413, 'import_too_large'],
    ];
    for (const [bytes, status, code] of cases) {
      const response = await preview('people', bytes);
      expect({ status: response.statusCode, code: response.json().error.code }).toEqual({ status, code });
    }
  });

  it('refuses a zip bomb dressed as XLSX without inflating it', async () => {
    const bomb = await writeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(100 * 1024 * 1024, 0x20) },
    ]);
    const started = Date.now();
    const response = await preview('people', bomb, 'bom.xlsx');
    expect(response.statusCode).toBe(413);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('refuses an XLSX whose XML declares entities', async () => {
    const xxe = await writeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook>&e;</workbook>') },
    ]);
    const response = await preview('people', xxe, 'xxe.xlsx');
    expect({ status: response.statusCode, code: response.json().error.code }).toEqual({ status: 422, code: 'xml_entities' });
  });

  it('saves nothing when the data changed between preview and confirmation', async () => {
    const csv = peopleCsv([
      { name: 'Người Một', email: 'mot@race.example.vn', unit: UNITS[0]!, roles: '' },
      { name: 'Người Hai', email: 'hai@race.example.vn', unit: UNITS[0]!, roles: '' },
    ]);
    const { previewId } = (await preview('people', csv)).json<Preview>();
    const unitId = listUnits(ctx.db).find((u) => u.name === UNITS[0])!.id;
    await register(ctx.app, { email: 'hai@race.example.vn', unitId });
    const response = await confirm(previewId!);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('import_changed');
    const found = await ctx.app.inject({ method: 'GET', url: '/api/users?q=mot@race', headers: { cookie: organizer } });
    expect(found.json()).toEqual([]);
  });

  it('keeps a preview to the organizer who made it', async () => {
    const csv = peopleCsv([{ name: 'Người Ba', email: 'ba@own.example.vn', unit: UNITS[0]!, roles: '' }]);
    const { previewId } = (await preview('people', csv)).json<Preview>();
    const unitId = listUnits(ctx.db).find((u) => u.name === UNITS[0])!.id;
    const other = await register(ctx.app, { email: 'btc2@example.vn', unitId });
    const me = await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: other } });
    await ctx.app.inject({
      method: 'PUT', url: `/api/users/${me.json().id}/roles`, headers: { ...json, cookie: organizer },
      payload: { roles: ['entrant', 'organizer'] },
    });
    expect(countActiveOrganizers(ctx.db)).toBe(2);
    const otherOrganizer = await login(ctx.app, 'btc2@example.vn', 'mat-khau-du-dai');
    expect((await confirm(previewId!, otherOrganizer)).statusCode).toBe(404);
  });
});

describe('units import', () => {
  async function unitsXlsx(rows: (string | number)[][]): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(['Tên đơn vị', 'Đơn vị cấp trên', 'Số người']);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('lists bad headcounts, unknown parents, loops and repeated names in an XLSX, then imports the fixed one', async () => {
    const bad = await unitsXlsx([
      ['Khối Doanh nghiệp', '', 1000],
      ['Công ty A', 'Khối Doanh nghiệp', 'nhiều'],
      ['Công ty B', 'Khối Không Có', 20],
      ['Chi bộ C', 'Chi bộ D', 5],
      ['Chi bộ D', 'Chi bộ C', 5],
      ['công ty b', '', 3],
      ['Chi bộ E', 'Chi bộ E', -4],
    ]);
    const body = (await preview('units', bad, 'don-vi.xlsx')).json<Preview>();
    expect(body.previewId).toBeNull();
    expect(body.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 3, column: 'Số người', code: 'import_bad_headcount' },
      { row: 4, column: 'Đơn vị cấp trên', code: 'import_unknown_parent' },
      { row: 5, column: 'Đơn vị cấp trên', code: 'import_unit_cycle' },
      { row: 6, column: 'Đơn vị cấp trên', code: 'import_unit_cycle' },
      { row: 7, column: 'Tên đơn vị', code: 'import_duplicate_unit' },
      { row: 8, column: 'Số người', code: 'import_bad_headcount' },
    ]);
    const unitsBefore = listUnits(ctx.db).length;

    const good = await unitsXlsx([
      ['Chi bộ C', 'Công ty A', '1.200'],
      ['Khối Doanh nghiệp', '', 5000],
      ['Công ty A', 'Khối Doanh nghiệp', 300],
      [UNITS[0]!, 'Khối Doanh nghiệp', 4200],
    ]);
    const ok = (await preview('units', good, 'don-vi.xlsx')).json<Preview>();
    expect(ok).toMatchObject({ problemCount: 0, toCreate: 3, toUpdate: 1 });
    expect(listUnits(ctx.db)).toHaveLength(unitsBefore);
    expect((await confirm(ok.previewId!)).json()).toEqual({ kind: 'units', created: 3, updated: 1 });
    const byName = new Map((await ctx.app.inject({ url: '/api/units' })).json<{ id: number; name: string; headcount: number; parentId: number | null }[]>()
      .map((u) => [u.name, u]));
    expect(byName.get('Khối Doanh nghiệp')!.parentId).toBeNull();
    const parentName = (name: string) => {
      const parentId = byName.get(name)!.parentId;
      return [...byName.values()].find((u) => u.id === parentId)?.name ?? null;
    };
    expect(parentName('Chi bộ C')).toBe('Công ty A');
    expect(parentName('Công ty A')).toBe('Khối Doanh nghiệp');
    expect(parentName(UNITS[0]!)).toBe('Khối Doanh nghiệp');
    expect(byName.get('Chi bộ C')!.headcount).toBe(1_200);
    expect(byName.get(UNITS[0]!)!.headcount).toBe(4_200);

    // A loop through a unit already saved is caught too.
    const loop = (await preview('units', await unitsXlsx([['Khối Doanh nghiệp', 'Chi bộ C', 1]]))).json<Preview>();
    expect(loop.problems.map((p) => p.code)).toEqual(['import_unit_cycle']);
  });
});
