export * from './units.ts';
export * from './users.ts';
export * from './contests.ts';
export * from './entries.ts';
export * from './judging.ts';
export * from './awards.ts';
export * from './audit.ts';
export * from './mail.ts';
