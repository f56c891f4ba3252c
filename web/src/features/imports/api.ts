import { api } from '../../shared/api-client';

/** What a CSV file holds. */
export type ImportKind = 'people' | 'units' | 'relationships';

export const importKinds: readonly ImportKind[] = ['people', 'units', 'relationships'];

/** One change an import makes (or would make, on a dry run). */
export interface ImportChange {
  kind: 'create' | 'update';
  entity: 'unit' | 'person' | 'service' | 'relationship';
  label: string;
  detail?: string;
}

/** The answer to an import: counts per kind of change and the changes themselves (maybe capped). */
export interface ImportResult {
  dryRun: boolean;
  summary: Record<string, number>;
  changes: ImportChange[];
  changesTruncated?: boolean;
}

/** Sends a CSV file to the importer; with dryRun nothing is stored. Bad rows come back as a 422 problem. */
export function runImport(kind: ImportKind, input: { csv: string; dryRun: boolean }): Promise<ImportResult> {
  return api.post<ImportResult>(`/api/imports/${kind}`, input);
}

/** Reads a chosen file as text. */
export function readFileAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
