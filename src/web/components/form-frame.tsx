import { useId, type FormEvent, type ReactNode } from 'react';
import type { ApiProblem } from '../api.js';
import { FormProblem } from './problem-message.js';

/**
 * The frame of a small form: its title (which names the form for assistive technology), why it
 * was refused, its fields, and Save with an optional Cancel.
 */
export function FormFrame({
  title,
  problem,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  readonly title: string;
  readonly problem: ApiProblem | null;
  readonly pending: boolean;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly onCancel?: (() => void) | undefined;
  readonly children: ReactNode;
}) {
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <FormProblem problem={problem} />
      {children}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
