import { useId, type ReactNode } from 'react';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  children?: ReactNode;
}

/** Radio buttons in a fieldset with a legend. */
export function ChoiceGroup<T extends string>({ legend, name, value, options, onChange, children }: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="choice-group">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="field field--checkbox">
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={`${name}-${id}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      {children}
    </fieldset>
  );
}
