import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldFrameProps {
  label: string;
  /** What is wrong: the app's own check or the server's refusal. */
  error?: string | string[];
  hint?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  /** The field path the server names (`employer.creditCode`), for tests and for focusing. */
  name?: string;
}

/** A label, the control, a hint and the error, tied together for screen readers. */
export function FieldFrame({ label, error, hint, children, name }: FieldFrameProps) {
  const id = useId();
  const errors = error === undefined ? [] : Array.isArray(error) ? error : [error];
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length ? 'field field--invalid' : 'field'} data-field={name}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: errors.length > 0 })}
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {errors.length ? (
        <div className="field__error" id={`${id}-error`} role="alert" data-error-for={name}>
          {errors.join('；')}
        </div>
      ) : null}
    </div>
  );
}

type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> & {
  label: string;
  error?: string | string[];
  hint?: ReactNode;
  name: string;
};

export function InputField({ label, error, hint, name, ...input }: InputFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} name={name}>
      {({ id, describedBy, invalid }) => <input id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid} {...input} />}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> & {
  label: string;
  error?: string | string[];
  hint?: ReactNode;
  name: string;
  options: Array<{ value: string; label: string }>;
  /** The first, empty choice ("choose …"); left out when every value is a real choice. */
  placeholder?: string;
};

export function SelectField({ label, error, hint, name, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} name={name}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} aria-describedby={describedBy} aria-invalid={invalid} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
