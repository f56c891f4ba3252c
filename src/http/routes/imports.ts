import type { ApiScope, RouteDependencies } from './types.js';

/** CSV imports of people, units and relationships. */
export function registerImportRoutes(_api: ApiScope, _dependencies: RouteDependencies): void {}
