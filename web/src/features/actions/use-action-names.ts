import { useMemo } from 'react';
import { useResource } from '../../shared/use-resource';
import { fetchResultWaves, type ResultWave } from '../results/api';
import { fetchUnits, type Unit } from '../units/api';
import type { DirectoryAccount } from '../accounts/api';
import { useAccountNames } from '../accounts/use-account-names';

/** The names the actions pages print instead of ids: accounts, units and closed waves. */
export interface ActionNames {
  isLoading: boolean;
  error: unknown;
  accounts: DirectoryAccount[];
  /** Units by path, for selects. */
  units: Unit[];
  waves: ResultWave[];
  accountName: (id: string) => string | null;
  unitName: (id: string) => string | null;
  waveName: (id: string) => string | null;
}

/** Loads the account directory, the units and the closed waves once per page. */
export function useActionNames(): ActionNames {
  const accounts = useAccountNames();
  const units = useResource((signal) => fetchUnits(signal), []);
  const waves = useResource((signal) => fetchResultWaves(signal), []);
  return useMemo(() => {
    const unitList = [...(units.data ?? [])].sort((left, right) => left.path.localeCompare(right.path));
    const waveList = waves.data ?? [];
    const unitNames = new Map(unitList.map((unit) => [unit.id, unit.name]));
    const waveNames = new Map(waveList.map((wave) => [wave.id, wave.name]));
    return {
      isLoading: accounts.isLoading || (units.isLoading && !units.data) || (waves.isLoading && !waves.data),
      error: accounts.error ?? units.error ?? waves.error,
      accounts: accounts.accounts,
      units: unitList,
      waves: waveList,
      accountName: accounts.accountName,
      unitName: (id) => unitNames.get(id) ?? null,
      waveName: (id) => waveNames.get(id) ?? null,
    };
  }, [accounts, units.data, units.error, units.isLoading, waves.data, waves.error, waves.isLoading]);
}
