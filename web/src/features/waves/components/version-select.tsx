import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui/field';
import type { Questionnaire } from '../../questionnaires/api';

interface VersionSelectProps {
  questionnaires: Questionnaire[];
  value: string;
  onChange: (versionId: string) => void;
}

/** Every questionnaire version, newest first, with its state. */
export function VersionSelect({ questionnaires, value, onChange }: VersionSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField label={t('waves.questionnaireVersion')} required value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('waves.chooseVersion')}</option>
      {questionnaires.flatMap((questionnaire) =>
        [...questionnaire.versions].reverse().map((version) => (
          <option key={version.id} value={version.id}>
            {t('waves.versionOption', {
              name: questionnaire.name,
              number: version.number,
              status: t(`questionnaires.statuses.${version.status}`),
            })}
          </option>
        )),
      )}
    </SelectField>
  );
}

/** The newest version of the first questionnaire: the sensible default. */
export function defaultVersionId(questionnaires: Questionnaire[]): string {
  return questionnaires[0]?.versions.at(-1)?.id ?? '';
}
