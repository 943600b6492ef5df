import { csvLines } from './src/exports/csv-write.ts';
const names = Array.from({ length: 1000 }, (_, k) => `Nguyễn Văn Giám Khảo ${k}`);
const rows: (string | number | null)[][] = [];
for (let k = 0; k < 220_000; k++) rows.push([`GS-${String(k >> 1).padStart(6, '0')}`, names[k % 1000]!, 'Đã nộp', (k % 11), (k * 7) % 11, (k * 3) % 11, k % 10 + 0.5, (k * 13) % 11, '', '05/12/2026 06:14']);
for (let r = 0; r < 8; r++) {
  let t = performance.now();
  let n = 0;
  for (const row of rows) for (const c of row) n += typeof c === 'string' ? c.length : 1;
  const floor = performance.now() - t;
  t = performance.now();
  const out = csvLines(rows);
  console.log(Math.round(floor), Math.round(performance.now() - t), 'ms', out.reduce((s, b) => s + b.length, 0), n > 0);
}
