import { useId, type InputHTMLAttributes, type SelectHTMLAttributes } from 'react';
import { FormField } from './form-field';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { label: string; hint?: string };

/** A labelled text input. */
export function TextField({ label, hint, className, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <FormField id={id} label={label} hint={hint}>
      {(control) => <input {...control} className={`${control.className} ${className ?? ''}`} {...input} />}
    </FormField>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { label: string; hint?: string };

/** A labelled select; pass `<option>`s as children. */
export function SelectField({ label, hint, className, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FormField id={id} label={label} hint={hint}>
      {(control) => (
        <select {...control} className={`${control.className} ${className ?? ''}`} {...select}>
          {children}
        </select>
      )}
    </FormField>
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { label: string };

/** A checkbox with its label to the right. */
export function CheckboxField({ label, ...input }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
