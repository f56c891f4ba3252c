import { useTranslation } from 'react-i18next';
import { Card } from '../../../shared/ui/card';
import { ConfirmButton } from '../../../shared/ui/confirm-button';

interface DeleteDraftCardProps {
  /** Deletes the draft; the page then leaves for the list. A rejection stays with the caller. */
  onDelete: () => Promise<void>;
}

/** Deletes a draft started by mistake (wrong relationship or wave), after asking. Shown only to those who may edit a draft. */
export function DeleteDraftCard({ onDelete }: DeleteDraftCardProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('retrospectives.deleteTitle')}>
      <p className="muted">{t('retrospectives.deleteHint')}</p>
      <div>
        <ConfirmButton
          label={t('retrospectives.delete')}
          question={t('retrospectives.deleteQuestion')}
          confirmLabel={t('retrospectives.deleteYes')}
          onConfirm={onDelete}
        />
      </div>
    </Card>
  );
}
