import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui/field';
import type { Dimension } from '../../../shared/dimensions';
import type { Block, QuestionnaireItem } from '../api';
import { dimensionsFor, nextItemKey } from '../content-edit';
import { TextArea } from './item-list';

interface AddItemFormProps {
  items: QuestionnaireItem[];
  onAdd: (items: QuestionnaireItem[]) => void;
}

/** Adds an item with a block, a dimension and its text in both languages (kept until the draft is saved). */
export function AddItemForm({ items, onAdd }: AddItemFormProps) {
  const { t } = useTranslation();
  const [block, setBlock] = useState<Block>('perception');
  const [dimension, setDimension] = useState<Dimension>('reliability');
  const [german, setGerman] = useState('');
  const [english, setEnglish] = useState('');
  const [message, setMessage] = useState('');

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const item: QuestionnaireItem = { key: nextItemKey(items), block, dimension, text: { de: german.trim(), en: english.trim() } };
    onAdd([...items, item]);
    setGerman('');
    setEnglish('');
    setMessage(t('questionnaires.added'));
  }

  return (
    <form className="form" onSubmit={handleSubmit}>
      <SelectField
        label={t('questionnaires.block')}
        value={block}
        onChange={(event) => {
          const next = event.target.value as Block;
          setBlock(next);
          setDimension(dimensionsFor(next)[0] as Dimension);
        }}
      >
        {(['perception', 'reverse'] as const).map((option) => (
          <option key={option} value={option}>
            {t(`questionnaires.blockOptions.${option}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('questionnaires.dimension')}
        value={dimension}
        onChange={(event) => setDimension(event.target.value as Dimension)}
      >
        {dimensionsFor(block).map((option) => (
          <option key={option} value={option}>
            {t(`questionnaires.dimensions.${option}`)}
          </option>
        ))}
      </SelectField>
      <TextArea label={t('questionnaires.german')} lang="de" value={german} onChange={setGerman} />
      <TextArea label={t('questionnaires.english')} lang="en" value={english} onChange={setEnglish} />
      <button type="submit" className="button" disabled={german.trim() === '' || english.trim() === ''}>
        {t('questionnaires.add')}
      </button>
      <p role="status" className="muted">
        {message}
      </p>
    </form>
  );
}
