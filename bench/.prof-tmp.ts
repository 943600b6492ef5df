import { rankEntries, reliabilityReport, scoreEntries, simulateRound } from '/work/wt-large-rounds/packages/scoring/src/index.ts';
const RUBRIC = [1,2,3,4,5].map((id,i)=>({ id, weight: [0.3,0.25,0.2,0.15,0.1][i]!, min: 0, max: 10 }));
const sim = simulateRound({ entries: 100_000, judges: 1000, readersPerEntry: 2, extraReaderShare: 0.2, rubric: RUBRIC, qualitySd: 1.2, criterionSd: 0.6, noiseSd: 1, severitySpread: 1, seed: 2024 });
const { sheets, adjudicated } = sim;
for (let r = 0; r < 5; r++) { const c0 = process.cpuUsage(); const c0 = process.cpuUsage();
  const t0 = performance.now();
  const scored = scoreEntries(sheets, { method: 'corrected', adjudicated });
  const t1 = performance.now();
  const ranking = rankEntries(scored.entries.map((e) => ({ entryId: e.entryId, score: e.corrected })), sheets, RUBRIC, { table: scored.fit.table });
  const t2 = performance.now();
  const report = reliabilityReport(sheets, RUBRIC, { fit: scored.fit, adjudicated });
  const t3 = performance.now();
  const c = process.cpuUsage(c0); console.log("wall", (t3-t0).toFixed(0), "cpu", ((c.user+c.system)/1000).toFixed(0), "parts", (t1-t0).toFixed(0), (t2-t1).toFixed(0), (t3-t2).toFixed(0));
}
