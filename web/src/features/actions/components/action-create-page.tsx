import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { dimensionLabel } from '../../results/format';
import { useSession } from '../../session/session-context';
import { initialFormValues, readPrefill, suggestedTitleKey } from '../action-form';
import { canCreateActions } from '../action-model';
import { useActionNames } from '../use-action-names';
import { ActionCreateForm } from './action-create-form';
import '../actions.css';

/** A new action, free or prefilled from a weak point (`?provider=&customer=&dimension=&wave=`). */
export function ActionCreatePage() {
  const { t, i18n } = useTranslation();
  const { account } = useSession();
  const [searchParams] = useSearchParams();
  const names = useActionNames();
  const language = i18n.resolvedLanguage ?? 'en';

  const header = (
    <PageHeader
      title={t('actions.form.createTitle')}
      description={t('actions.form.createDescription')}
      above={
        <p className="actions-back">
          <Link to="/actions">← {t('actions.detail.back')}</Link>
        </p>
      }
    />
  );
  if (!account || !canCreateActions(account)) {
    return (
      <>
        {header}
        <p className="notice">{t('actions.form.notAllowed')}</p>
      </>
    );
  }

  const prefill = readPrefill(searchParams, account);
  const isReady = !names.isLoading && names.error === undefined;
  let initial = null;
  let weakPointText = '';
  if (isReady) {
    const customerName = prefill.customerGroupId === '' ? null : names.unitName(prefill.customerGroupId);
    const label = prefill.dimension === '' ? '' : dimensionLabel(t, prefill.dimension);
    // English titles read "Improve responsiveness"; German nouns keep their capital.
    const inTitle = language.startsWith('de') ? label : label.toLowerCase();
    const titleKey = suggestedTitleKey({ dimension: prefill.dimension, customerName });
    const title = titleKey === null ? '' : t(`actions.form.suggestedTitle.${titleKey}`, { dimension: inTitle, customer: customerName });
    initial = initialFormValues({ prefill, ownerAccountId: account.id, now: new Date(), title });
    if (prefill.isFromWeakPoint) {
      weakPointText = t('actions.form.fromWeakPoint', {
        provider: names.unitName(prefill.providerUnitId) ?? t('actions.unknown'),
        customer: customerName ?? t('actions.allCustomers'),
        dimension: label,
        wave: names.waveName(prefill.sourceWaveId) ?? t('actions.unknown'),
      });
    }
  }

  return (
    <>
      {header}
      <Card className="actions-form-card">
        <div className="stack">
          <LoadState isLoading={names.isLoading} error={names.error} />
          {weakPointText !== '' && <p className="notice">{weakPointText}</p>}
          {initial && <ActionCreateForm initial={initial} isFromWeakPoint={prefill.isFromWeakPoint} names={names} account={account} />}
        </div>
      </Card>
    </>
  );
}
