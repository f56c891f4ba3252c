import { z } from 'zod';
import type { ApiScope } from './types.js';

/** Liveness for load balancers; needs no session. */
export function registerHealthRoutes(api: ApiScope): void {
  api.get('/health', { schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));
}
