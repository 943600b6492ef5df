import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../client.ts';
import {
  createSession, deleteExpiredSessions, deleteSession, deleteUserSessions, getSession, listUserSessions, setSessionExpiry,
} from './sessions.ts';
import { createUnit } from './units.ts';
import { createUser } from './users.ts';

let db: Db;
beforeEach(() => {
  db = createDb(':memory:');
  const unit = createUnit(db, { name: 'Đảng ủy Sở Tư pháp', headcount: 186 });
  for (const id of ['lan', 'minh']) createUser(db, { id, email: `${id}@example.vn`, fullName: id, unitId: unit.id, passwordHash: 'x' });
});
afterEach(() => closeDb(db));

it('keeps a session until it is ended, alone or with all of its user\'s', () => {
  createSession(db, { id: 's1', userId: 'lan', expiresAt: 2000, createdAt: 1000 });
  createSession(db, { id: 's2', userId: 'lan', expiresAt: 2000, createdAt: 1000 });
  createSession(db, { id: 's3', userId: 'minh', expiresAt: 2000, createdAt: 1000 });
  setSessionExpiry(db, 's1', 3000);
  expect(getSession(db, 's1')).toEqual({ id: 's1', userId: 'lan', expiresAt: 3000, createdAt: 1000 });
  expect(listUserSessions(db, 'lan').map((s) => s.id).sort()).toEqual(['s1', 's2']);

  deleteSession(db, 's1');
  expect(getSession(db, 's1')).toBeUndefined();
  deleteUserSessions(db, 'lan');
  expect(listUserSessions(db, 'lan')).toEqual([]);
  expect(getSession(db, 's3')?.userId).toBe('minh');
});

it('clears the sessions expired by a given time and keeps the others', () => {
  createSession(db, { id: 'old', userId: 'lan', expiresAt: 1500, createdAt: 1000 });
  createSession(db, { id: 'edge', userId: 'lan', expiresAt: 2000, createdAt: 1000 });
  createSession(db, { id: 'live', userId: 'minh', expiresAt: 2001, createdAt: 1000 });
  deleteExpiredSessions(db, 2000);
  expect([getSession(db, 'old'), getSession(db, 'edge'), getSession(db, 'live')?.id]).toEqual([undefined, undefined, 'live']);
});
