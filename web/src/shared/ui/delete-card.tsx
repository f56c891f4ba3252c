import { useTranslation } from 'react-i18next';
import { Card } from './card';
import { ConfirmButton } from './confirm-button';

interface DeleteCardProps {
  title: string;
  /** What goes and what stays. */
  hint: string;
  /** The question asked before deleting; it also names the button for screen readers. */
  question: string;
  /** Deletes; the page then leaves. A rejection stays with the caller. */
  onDelete: () => Promise<void>;
}

/** A card that deletes something created by mistake, after asking. Shown only to those who may delete it. */
export function DeleteCard({ title, hint, question, onDelete }: DeleteCardProps) {
  const { t } = useTranslation();
  return (
    <Card title={title}>
      <p className="muted">{hint}</p>
      <div>
        <ConfirmButton label={t('common.delete')} question={question} onConfirm={onDelete} />
      </div>
    </Card>
  );
}
