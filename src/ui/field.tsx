import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

const control =
  'block w-full min-h-12 rounded-xl border-2 border-stone-300 bg-white px-3 py-2 text-lg text-stone-900 placeholder:text-stone-500 focus:border-brand-600 aria-[invalid=true]:border-red-700';

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  optional?: string;
  children: (props: {
    id: string;
    'aria-describedby'?: string;
    'aria-invalid'?: boolean;
    className: string;
  }) => ReactNode;
}

/** A label above, the control, then a hint or an error in words (never colour alone). */
export function Field({ label, hint, error, optional, children }: FieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error ?? hint;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-base font-semibold text-stone-800">
        {label}
        {optional && <span className="font-normal text-stone-600"> ({optional})</span>}
      </label>
      {children({
        id,
        'aria-describedby': note ? noteId : undefined,
        'aria-invalid': error ? true : undefined,
        className: control,
      })}
      {note && (
        <p
          id={noteId}
          role={error ? 'alert' : undefined}
          className={error ? 'text-base font-semibold text-red-800' : 'text-sm text-stone-600'}
        >
          {note}
        </p>
      )}
    </div>
  );
}

type InputFieldProps = Omit<FieldProps, 'children'> & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ label, hint, error, optional, ...input }: InputFieldProps) {
  // A phone number reads left to right in every language ("+225 07…"), kept at the field's end.
  const tel = input.type === 'tel' ? { dir: 'ltr' } : {};
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(p) => (
        <input
          {...p}
          {...tel}
          {...input}
          className={input.type === 'tel' ? `${p.className} rtl:text-end` : p.className}
        />
      )}
    </Field>
  );
}

type TextAreaFieldProps = Omit<FieldProps, 'children'> &
  TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, hint, error, optional, ...area }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(p) => <textarea rows={3} {...p} {...area} />}
    </Field>
  );
}

type SelectFieldProps = Omit<FieldProps, 'children'> &
  SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode };

export function SelectField({
  label,
  hint,
  error,
  optional,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} optional={optional}>
      {(p) => (
        <select {...p} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A white card around it, where it sits among other fields. */
  boxed?: boolean;
}

/** A yes/no with its words beside it; the whole line is the target (48 px high). */
export function Checkbox({ label, checked, onChange, boxed }: CheckboxProps) {
  return (
    <label
      className={`flex min-h-12 items-center gap-3 ${boxed ? 'rounded-xl bg-white px-3 text-lg' : 'text-base'}`}
    >
      <input
        type="checkbox"
        className="size-6 shrink-0 accent-brand-700"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
