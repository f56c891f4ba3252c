import { DomainError } from '../../domain/errors.js';
import { canReleaseResults } from '../../domain/results/anonymity.js';
import type { AppContext } from '../ports.js';

export interface ResultWave {
  id: string;
  name: string;
  status: string;
  opensAt: string | null;
  closesAt: string | null;
}

/** The waves whose results may be shown (closed or archived), newest first. */
export async function listResultWaves(context: AppContext): Promise<ResultWave[]> {
  return (await context.stores.waves.listWaves())
    .filter(canReleaseResults)
    .sort((a, b) => ((a.opensAt ?? '') < (b.opensAt ?? '') ? 1 : -1))
    .map((wave) => ({ id: wave.id, name: wave.name, status: wave.status, opensAt: wave.opensAt, closesAt: wave.closesAt }));
}

/** A wave id as given, or `latest`: the most recent closed wave. */
export async function resolveResultWaveId(context: AppContext, reference: string): Promise<string> {
  if (reference !== 'latest') return reference;
  const [latest] = await listResultWaves(context);
  if (!latest) throw new DomainError('not_found', 'no wave is closed yet, so there are no results');
  return latest.id;
}
