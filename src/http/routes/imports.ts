import { z } from 'zod';
import { importPeople } from '../../app/import/import-people.js';
import { importRelationships } from '../../app/import/import-relationships.js';
import { importUnits } from '../../app/import/import-units.js';
import { actorOf } from '../authenticate.js';
import type { ApiScope, RouteDependencies } from './types.js';

const MEGABYTE = 1024 * 1024;

const importReportSchema = z.object({
  dryRun: z.boolean(),
  summary: z.record(z.string(), z.number().int()),
  changes: z.array(
    z.object({
      kind: z.enum(['create', 'update']),
      entity: z.enum(['unit', 'person', 'service', 'relationship']),
      label: z.string(),
      detail: z.string().optional(),
    }),
  ),
  changesTruncated: z.boolean(),
});

const importers = { people: importPeople, units: importUnits, relationships: importRelationships };

/** CSV imports of people, units and relationships. */
export function registerImportRoutes(api: ApiScope, { context }: RouteDependencies): void {
  api.post(
    '/imports/:kind',
    {
      // An HR export of 100,000 people is about 10 MB; JSON escaping may add a little.
      bodyLimit: 60 * MEGABYTE,
      schema: {
        tags: ['imports'],
        description:
          'Imports a CSV file (UTF-8, ";" or "," separated). All or nothing: a bad row answers 422 listing every bad row by line and column.',
        params: z.object({ kind: z.enum(['people', 'units', 'relationships']) }),
        body: z.strictObject({ csv: z.string().max(50 * MEGABYTE), dryRun: z.boolean() }),
        response: { 200: importReportSchema },
      },
    },
    async (request) => importers[request.params.kind](context, actorOf(request), request.body),
  );
}
