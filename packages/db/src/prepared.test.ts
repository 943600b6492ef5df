import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, writeTransaction, type Db } from './client.ts';
import { createUnit, getUnit, updateUnit } from './queries/units.ts';

let db: Db;
let other: Db;
beforeEach(() => {
  db = createDb(':memory:');
  other = createDb(':memory:');
});
afterEach(() => {
  closeDb(db);
  closeDb(other);
});

it('runs a statement prepared outside a transaction inside one, seeing its writes and its rollback', () => {
  const unit = createUnit(db, { name: 'Đảng ủy Sở Y tế', headcount: 90 });
  expect(getUnit(db, unit.id)?.name).toBe('Đảng ủy Sở Y tế');
  expect(() => writeTransaction(db, (tx) => {
    updateUnit(tx, unit.id, { name: 'Đảng ủy Sở Tư pháp' });
    expect(getUnit(tx, unit.id)?.name).toBe('Đảng ủy Sở Tư pháp');
    throw new Error('roll back');
  })).toThrow('roll back');
  expect(getUnit(db, unit.id)?.name).toBe('Đảng ủy Sở Y tế');
});

it('keeps one prepared statement per database: another database answers from its own rows', () => {
  const here = createUnit(db, { name: 'Đảng ủy Cục Thuế', headcount: 40 });
  expect(getUnit(db, here.id)?.name).toBe('Đảng ủy Cục Thuế');
  expect(getUnit(other, here.id)).toBeUndefined();
  const there = createUnit(other, { name: 'Đảng ủy Sở Xây dựng', headcount: 60 });
  expect(getUnit(other, there.id)?.name).toBe('Đảng ủy Sở Xây dựng');
  expect(getUnit(db, here.id)?.name).toBe('Đảng ủy Cục Thuế');
});
