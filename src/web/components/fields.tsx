import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldProps {
  readonly label: string;
  /** Why the value was refused; shown under the field and read out with it. */
  readonly error?: string | undefined;
  /** A short help text, read out with the field. */
  readonly hint?: ReactNode;
}

interface AriaPassThrough {
  readonly 'aria-describedby'?: string | undefined;
  readonly 'aria-invalid'?: boolean | 'true' | 'false' | 'grammar' | 'spelling' | undefined;
}

/**
 * Ids and ARIA attributes that tie a control to its hint and error, keeping any description the
 * caller gives (an error shown for a group of fields, like a date and a time).
 */
function useDescribedControl(
  error: string | undefined,
  hint: ReactNode,
  given: AriaPassThrough = {},
) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy =
    [hintId, errorId, given['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return {
    id,
    hintId,
    errorId,
    controlProps: {
      id,
      'aria-describedby': describedBy,
      'aria-invalid': error ? true : given['aria-invalid'],
    },
  };
}

function FieldNotes({
  hint,
  hintId,
  error,
  errorId,
}: {
  hint: ReactNode;
  hintId: string | undefined;
  error: string | undefined;
  errorId: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  label,
  error,
  hint,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const { id, hintId, errorId, controlProps } = useDescribedControl(error, hint, input);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <input type="text" {...input} {...controlProps} />
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  className,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, hintId, errorId, controlProps } = useDescribedControl(error, hint, textarea);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <textarea rows={4} {...textarea} {...controlProps} />
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

export function SelectField<V extends string>({
  label,
  error,
  hint,
  choices,
  className,
  ...select
}: FieldProps & {
  readonly choices: readonly Choice<V>[];
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, hintId, errorId, controlProps } = useDescribedControl(error, hint, select);
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <select {...select} {...controlProps}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

/** A set of checkboxes under one legend, e.g. a round's formats. */
export function CheckboxGroup<V extends string>({
  legend,
  choices,
  selected,
  onChange,
  error,
  hint,
}: {
  readonly legend: string;
  readonly choices: readonly Choice<V>[];
  readonly selected: readonly V[];
  readonly onChange: (selected: V[]) => void;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
}) {
  const { hintId, errorId, controlProps } = useDescribedControl(error, hint);
  const toggle = (value: V, checked: boolean) =>
    onChange(
      checked
        ? choices.map((choice) => choice.value).filter((v) => v === value || selected.includes(v))
        : selected.filter((v) => v !== value),
    );
  return (
    <fieldset
      className="field checkbox-group"
      aria-describedby={controlProps['aria-describedby']}
      aria-invalid={controlProps['aria-invalid']}
    >
      <legend>{legend}</legend>
      <div className="checkbox-list">
        {choices.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input
              type="checkbox"
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={(event) => toggle(choice.value, event.currentTarget.checked)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <FieldNotes hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </fieldset>
  );
}

/** Choices for a select or checkbox group from an enum's values and their labels. */
export function choicesOf<V extends string>(labels: Record<V, string>): Choice<V>[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}
