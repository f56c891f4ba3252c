import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireItem } from '../api';
import { moveWithinBlock } from '../content-edit';

interface ItemListProps {
  /** The items of one block, each with its index in the whole list. */
  entries: { item: QuestionnaireItem; index: number }[];
  items: QuestionnaireItem[];
  isEditable: boolean;
  invalidFields: Set<string>;
  onChange: (items: QuestionnaireItem[]) => void;
}

/** The items of one block: editable texts with up, down and remove, or a read-only list. */
export function ItemList({ entries, items, isEditable, invalidFields, onChange }: ItemListProps) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('questionnaires.noItems')}</p>;
  return (
    <ol className="question-list">
      {entries.map(({ item, index }, position) => {
        const number = position + 1;
        const heading = t('questionnaires.itemHeading', { number, dimension: t(`questionnaires.dimensions.${item.dimension}`) });
        if (!isEditable) {
          return (
            <li key={item.key} className="question-item">
              <p className="question-item__title">{heading}</p>
              <p lang="de" className="question-item__text">
                <span className="question-item__language">DE</span> {item.text.de}
              </p>
              <p lang="en" className="question-item__text">
                <span className="question-item__language">EN</span> {item.text.en}
              </p>
            </li>
          );
        }
        const setText = (language: 'de' | 'en', value: string) =>
          onChange(items.map((entry, at) => (at === index ? { ...entry, text: { ...entry.text, [language]: value } } : entry)));
        return (
          <li key={item.key} className="question-item">
            <fieldset className="question-item__fieldset">
              <legend className="question-item__title">
                {heading} <span className="question-item__key">{item.key}</span>
              </legend>
              <div className="question-item__texts">
                <TextArea
                  label={t('questionnaires.german')}
                  lang="de"
                  value={item.text.de}
                  isInvalid={invalidFields.has(`items.${index}.text.de`)}
                  onChange={(value) => setText('de', value)}
                />
                <TextArea
                  label={t('questionnaires.english')}
                  lang="en"
                  value={item.text.en}
                  isInvalid={invalidFields.has(`items.${index}.text.en`)}
                  onChange={(value) => setText('en', value)}
                />
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  disabled={position === 0}
                  aria-label={t('questionnaires.moveUpNamed', { number })}
                  onClick={() => onChange(moveWithinBlock(items, index, -1))}
                >
                  ↑ {t('questionnaires.moveUp')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  disabled={position === entries.length - 1}
                  aria-label={t('questionnaires.moveDownNamed', { number })}
                  onClick={() => onChange(moveWithinBlock(items, index, 1))}
                >
                  ↓ {t('questionnaires.moveDown')}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger-quiet"
                  aria-label={t('questionnaires.removeNamed', { number })}
                  onClick={() => onChange(items.filter((_, at) => at !== index))}
                >
                  {t('questionnaires.remove')}
                </button>
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}

interface TextAreaProps {
  label: string;
  lang: string;
  value: string;
  isInvalid?: boolean;
  onChange: (value: string) => void;
}

/** A labelled textarea. */
export function TextArea({ label, lang, value, isInvalid = false, onChange }: TextAreaProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        lang={lang}
        className={`input question-item__input ${isInvalid ? 'input--invalid' : ''}`}
        rows={2}
        maxLength={400}
        required
        aria-invalid={isInvalid || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
