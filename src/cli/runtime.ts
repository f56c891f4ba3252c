import { loadConfig, type Config } from '../config.js';
import { startRuntime, type Runtime } from '../wiring.js';

export interface GlobalOptions {
  data?: string | undefined;
}

/** Loads the configuration (with `--data` over `EYELEVEL_DATA`) and opens the database. */
export async function openRuntime(
  options: GlobalOptions,
  overrides: { port?: number; host?: string; defaultLogLevel?: string } = {},
): Promise<{ config: Config; runtime: Runtime }> {
  const config = loadConfig(process.env, { dataDirectory: options.data, ...overrides });
  const runtime = await startRuntime(config);
  return { config, runtime };
}

/** Runs `work` with an open runtime and closes it afterwards, also on failure. */
export async function withRuntime<T>(options: GlobalOptions, work: (runtime: Runtime, config: Config) => Promise<T>): Promise<T> {
  const { config, runtime } = await openRuntime(options);
  try {
    return await work(runtime, config);
  } finally {
    await runtime.close();
  }
}

/** Parses a `--port` value, naming the option when it is wrong. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new Error(`--port: "${value}" is not a port number (0–65535)`);
  return port;
}
