import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report } from './measure.js';

/** Milliseconds from spawning `eyelevel demo` to its first answered request. */
async function timeDemoStart(dataDirectory: string, port: number): Promise<number> {
  const start = performance.now();
  const environment = { ...process.env };
  delete environment.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/eyelevel.js', 'demo', '--data', dataDirectory, '--port', String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: environment,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  try {
    for (;;) {
      if (hasExited) throw new Error('eyelevel demo exited before it answered (is it built? npm run build)');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - start;
      } catch {
        // not listening yet
      }
      if (performance.now() - start > 30_000) throw new Error('the demo did not answer within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Budget: the demo answers its first request ≤ 5 s after start on a fresh install. */
export async function benchmarkDemoStart(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'eyelevel-bench-demo-'));
  try {
    const fresh = await timeDemoStart(folder, 39_401);
    const again = await timeDemoStart(folder, 39_402);
    report('demo start (fresh data folder)', { ms: fresh, budgetMs: 5000, ratio: `${(fresh / 5000).toFixed(2)} of budget` });
    report('demo start (seeded data folder)', { ms: again });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
