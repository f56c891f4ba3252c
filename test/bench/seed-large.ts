import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LARGE, seedLargeCompany } from './results.js';

// `npm run seed:large -- DIR`: the large company of SPEC.md with one closed wave of 7.2
// million answers in a new data folder, to try the results at scale:
// `EYELEVEL_DATA=DIR npx eyelevel serve` and sign in as bench@example.com / bench-password-123.
const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: npm run seed:large -- DIR (a new or empty folder)\n');
  process.exit(2);
}
const target = resolve(folder);
if (existsSync(target) && readdirSync(target).length > 0) {
  process.stderr.write(`${target} is not empty; name a new folder\n`);
  process.exit(2);
}
mkdirSync(target, { recursive: true });
const started = performance.now();
const wave = await seedLargeCompany(target);
process.stdout.write(
  `seeded ${LARGE.units} units, ${LARGE.relationships} relationships and a closed wave of ${wave.answers} answers ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s\n` +
    `serve it: EYELEVEL_DATA=${target} npx eyelevel serve, then sign in as bench@example.com / bench-password-123\n`,
);
