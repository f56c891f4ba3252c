import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui/field';
import type { ResultWave } from '../api';

interface WavePickerProps {
  waves: readonly ResultWave[];
  value: string;
  onChange: (waveId: string) => void;
}

/** The closed waves, newest first; the choice is kept in the URL by the page. */
export function WavePicker({ waves, value, onChange }: WavePickerProps) {
  const { t } = useTranslation();
  const isKnown = waves.some((wave) => wave.id === value);
  return (
    <SelectField label={t('results.wave')} value={value} onChange={(event) => onChange(event.target.value)}>
      {!isKnown && <option value={value}>{t('results.unknownWave')}</option>}
      {waves.map((wave) => (
        <option key={wave.id} value={wave.id}>
          {wave.status === 'archived' ? t('results.archivedWave', { name: wave.name }) : wave.name}
        </option>
      ))}
    </SelectField>
  );
}
