import { findNearDuplicates } from '../packages/scoring/src/index.ts';
import { sampleEssay } from '../packages/scoring/src/similarity/sample-essays.ts';
const n = 10000;
const t0 = performance.now();
const docs = Array.from({ length: n }, (_, i) => ({ id: i, text: i % 100 === 1 ? sampleEssay(i - 1, 800).replace(/\./, ' và.') : sampleEssay(i, 800) }));
const t1 = performance.now();
const r = findNearDuplicates(docs, { threshold: 0.5 });
const t2 = performance.now();
console.log('gen', (t1-t0).toFixed(0), 'find', (t2-t1).toFixed(0), 'pairs', r.pairs.length, 'cand', r.candidates);
