import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../shared/ui/field';
import { QUESTIONNAIRE_BLOCKS, type QuestionnaireBlock } from '../api';

interface BlocksFieldsetProps {
  blocks: Record<QuestionnaireBlock, boolean>;
  isEditable: boolean;
  onChange: (blocks: Record<QuestionnaireBlock, boolean>) => void;
}

/** Which parts besides the items the questionnaire asks. */
export function BlocksFieldset({ blocks, isEditable, onChange }: BlocksFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset fieldset--plain">
      <legend className="visually-hidden">{t('questionnaires.blocks')}</legend>
      {QUESTIONNAIRE_BLOCKS.map((name) => (
        <CheckboxField
          key={name}
          label={t(`questionnaires.blockNames.${name}`)}
          checked={blocks[name]}
          disabled={!isEditable}
          onChange={(event) => onChange({ ...blocks, [name]: event.target.checked })}
        />
      ))}
    </fieldset>
  );
}
