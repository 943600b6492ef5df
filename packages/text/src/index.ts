export * from './email-address.ts';
export * from './entities.ts';
export * from './essay-plain-text.ts';
export * from './score-step.ts';
export * from './slug.ts';
export * from './vietnamese-fold.ts';
export * from './word-count.ts';
export * from './vietnamese-sort-key.ts';
