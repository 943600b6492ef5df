export * from './weighted-total.ts';
