import { defineConfig } from 'vitest/config';
import { contractAlias } from './vite.config.js';

export default defineConfig({
  resolve: { alias: contractAlias },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'dist', 'test/bench/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: more workers only fight over them and the databases.
    maxWorkers: 2,
    pool: 'forks',
  },
});
