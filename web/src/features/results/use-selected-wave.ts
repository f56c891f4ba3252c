import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useResource, type Resource } from '../../shared/use-resource';
import { fetchResultWaves, type ResultWave } from './api';

/** The wave a results page shows: `?wave=` when set, else the newest closed wave. */
export interface SelectedWave {
  waves: Resource<ResultWave[]>;
  /** '' while the list loads or when no wave is closed yet. */
  waveId: string;
  selectWave: (waveId: string) => void;
  /** "?wave=…" for links to the other results pages, so the choice travels with them. */
  query: string;
}

/** Loads the closed waves and keeps the chosen one in the URL. */
export function useSelectedWave(): SelectedWave {
  const [searchParams, setSearchParams] = useSearchParams();
  const waves = useResource((signal) => fetchResultWaves(signal), []);
  const requested = searchParams.get('wave') ?? '';
  const waveId = requested !== '' ? requested : (waves.data?.[0]?.id ?? '');
  const selectWave = useCallback(
    (id: string) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('wave', id);
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return { waves, waveId, selectWave, query: waveId === '' ? '' : `?wave=${encodeURIComponent(waveId)}` };
}
