import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

// The CLI from its TypeScript sources, as `npx tsx src/cli/main.ts` runs it, but in one
// process (node --import tsx), so that a signal reaches the server itself.
export const projectRoot = resolve(import.meta.dirname, '../..');

/** The environment without anything that would point the CLI at another database or port, plus `extra`. */
export function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|EYELEVEL_|PORT$|HOST$|LOG_LEVEL$)/.test(name)),
  );
  return { ...environment, ...extra };
}

/** Starts `eyelevel ARGS…` with the clean environment and `environment`; its output is piped. */
export function startCli(args: string[], environment: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: projectRoot,
    env: cleanEnvironment(environment),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
