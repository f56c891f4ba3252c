import { benchmarkDemoStart } from './demo-start.js';
import { benchmarkImportPeople } from './import-people.js';
import { benchmarkIngest } from './ingest.js';
import { benchmarkRespondentLighthouse } from './respondent-lighthouse.js';
import { benchmarkResults } from './results.js';
import { benchmarkServiceMap } from './service-map.js';

/**
 * `npm run bench [name…]`: runs the benchmarks and prints their figures. Budgets live in
 * SPEC.md; measured figures are recorded in docs/BENCHMARKS.md.
 */
const benchmarks: Record<string, () => Promise<void>> = {
  'demo-start': benchmarkDemoStart,
  'service-map': benchmarkServiceMap,
  ingest: benchmarkIngest,
  lighthouse: benchmarkRespondentLighthouse,
  'import-people': benchmarkImportPeople,
  results: benchmarkResults,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benchmarks));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benchmarks).join(', ')}\n`);
  process.exit(2);
}
process.stdout.write(`node ${process.version}, ${new Date().toISOString()}\n`);
for (const [name, run] of Object.entries(benchmarks)) {
  if (wanted.length === 0 || wanted.includes(name)) await run();
}
