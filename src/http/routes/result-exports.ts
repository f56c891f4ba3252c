import { PassThrough, type Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { prepareAggregateExport, type AggregateExport } from '../../app/results/export-aggregates.js';
import { EXPORT_LOCALES } from '../../app/results/export-target.js';
import { resolveResultWaveId } from '../../app/results/list-result-waves.js';
import { getProviderReport } from '../../app/results/provider-report.js';
import { actorOf } from '../authenticate.js';
import { sharedResultsCache, unitId, waveReference } from './results.js';
import type { ApiScope, RouteDependencies } from './types.js';

const locale = z
  .enum(EXPORT_LOCALES as ['en', 'de'])
  .optional()
  .describe('the language of labels (default en)');

// The writers, and the libraries behind them, load with the first download.
const FILE_TYPES = {
  csv: {
    contentType: 'text/csv; charset=utf-8',
    load: async () => (await import('../../app/results/export-aggregates-csv.js')).writeAggregatesCsv,
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    load: async () => (await import('../../app/results/export-aggregates-xlsx.js')).writeAggregatesXlsx,
  },
} as const;

/**
 * Downloads of released results, streamed: the aggregates of a closed wave as CSV or XLSX,
 * and a provider's PDF report. The same use cases and access rules as the results API (a
 * lead gets their own unit only); problems are found before the first byte is sent.
 */
export function registerResultExportRoutes(scope: ApiScope, dependencies: RouteDependencies): void {
  const { context } = dependencies;
  const cache = sharedResultsCache(dependencies);

  for (const [extension, fileType] of Object.entries(FILE_TYPES)) {
    scope.get(
      `/results/waves/:waveId/export.${extension}`,
      {
        schema: {
          tags: ['results'],
          summary: `The released aggregates of a closed wave as ${extension.toUpperCase()}: provider × customer group × dimension, and provider totals`,
          params: z.object({ waveId: waveReference }),
          querystring: z.strictObject({ provider: z.union([unitId, z.array(unitId).max(500)]).optional(), locale }),
        },
      },
      async (request, reply) => {
        const waveId = await resolveResultWaveId(context, request.params.waveId);
        const { provider } = request.query;
        const data: AggregateExport = await prepareAggregateExport(context, cache, {
          actor: actorOf(request),
          waveId,
          providerUnitIds: provider === undefined ? undefined : Array.isArray(provider) ? provider : [provider],
          locale: request.query.locale ?? 'en',
        });
        const write = await fileType.load();
        const filename = `${slug(data.wave.name)}-results.${extension}`;
        return sendFile({ request, reply, contentType: fileType.contentType, filename }, (output) => write(data, output));
      },
    );
  }

  scope.get(
    '/results/waves/:waveId/providers/:unitId/report.pdf',
    {
      schema: {
        tags: ['results'],
        summary: "A provider's report of a closed wave as PDF, with its charts",
        params: z.object({ waveId: waveReference, unitId }),
        querystring: z.strictObject({ locale }),
      },
    },
    async (request, reply) => {
      const waveId = await resolveResultWaveId(context, request.params.waveId);
      const report = await getProviderReport(context, cache, { actor: actorOf(request), waveId, providerUnitId: request.params.unitId });
      const { writeProviderPdf } = await import('../../app/results/export-provider-pdf.js');
      const filename = `${slug(report.wave.name)}-${slug(report.provider.name)}.pdf`;
      return sendFile({ request, reply, contentType: 'application/pdf', filename }, (output) =>
        writeProviderPdf(report, output, { locale: request.query.locale ?? 'en' }),
      );
    },
  );
}

/** Streams what `write` writes as an attachment; a failure after the first byte ends the connection, and is logged. */
function sendFile(
  options: { request: FastifyRequest; reply: FastifyReply; contentType: string; filename: string },
  write: (output: Writable) => Promise<void>,
): FastifyReply {
  const body = new PassThrough();
  write(body).catch((error: unknown) => {
    options.request.log.error({ err: error }, 'writing a results export failed');
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return options.reply
    .header('content-disposition', `attachment; filename="${options.filename}"`)
    .header('cache-control', 'no-store')
    .type(options.contentType)
    .send(body);
}

/** A file name part in plain ASCII: "Frühjahr 2026 / Spring 2026" becomes "Fruhjahr-2026-Spring-2026". */
function slug(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, 60) || 'results';
}
