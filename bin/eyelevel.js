#!/usr/bin/env node
// The `eyelevel` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/server/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('eyelevel is not built yet: run `npm run build` in the project folder first.\n');
  process.exit(1);
}
await import(entry.href);
