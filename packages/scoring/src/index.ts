export * from './criterion-scores.ts';
export * from './weighted-total.ts';
export * from './assignment/index.ts';
export * from './similarity/index.ts';
export * from './results/index.ts';
export * from './comparative/index.ts';
