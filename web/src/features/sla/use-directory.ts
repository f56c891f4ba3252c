import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useResource } from '../../shared/use-resource';
import { fetchDirectory } from './api';

/** A lookup from account id to name (from the directory); "someone" for accounts it does not list. */
export function useAccountNames(): (accountId: string) => string {
  const { t } = useTranslation();
  const directory = useResource((signal) => fetchDirectory(signal), []);
  const accounts = directory.data;
  return useCallback((accountId: string) => accounts?.find((account) => account.id === accountId)?.name ?? t('sla.someone'), [accounts, t]);
}
