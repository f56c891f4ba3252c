import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../shared/ui/field';
import { BLOCK_NAMES, type BlockName } from '../api';

interface BlocksFieldsetProps {
  blocks: Record<BlockName, boolean>;
  isEditable: boolean;
  onChange: (blocks: Record<BlockName, boolean>) => void;
}

/** Which parts besides the items the questionnaire asks. */
export function BlocksFieldset({ blocks, isEditable, onChange }: BlocksFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset fieldset--plain">
      <legend className="visually-hidden">{t('questionnaires.blocks')}</legend>
      {BLOCK_NAMES.map((name) => (
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
