import { useEffect, useRef, useState, type ReactNode } from 'react';
import { toProblem, type ApiProblem } from '../api.js';
import { ProblemMessage } from './problem-message.js';

/** What a list's form is given: the record to change (or `null` to add one), and how to finish. */
export interface ListFormProps<T> {
  readonly record: T | null;
  /** Saved; `summary` says what. */
  readonly onSaved: (summary: string) => void;
  readonly onCancel?: () => void;
}

/** One record of an EditableList: its summary, or its form, or the question whether to delete it. */
export function EditableRow<T extends { readonly id: string }>({
  record,
  name,
  summary,
  form,
  remove,
  onChanged,
  onRemoved,
}: {
  readonly record: T;
  readonly name: string;
  readonly summary: ReactNode;
  readonly form: (props: ListFormProps<T>) => ReactNode;
  readonly remove: (record: T) => Promise<void>;
  readonly onChanged: (summary: string) => void;
  readonly onRemoved: (name: string) => void;
}) {
  const [mode, setMode] = useState<'show' | 'edit' | 'confirm'>('show');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [pending, setPending] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const previous = useRef(mode);
  // Focus follows the row: to "Keep" when asked to confirm, back to "Change" when done.
  useEffect(() => {
    if (mode === 'confirm') keepButton.current?.focus();
    if (mode === 'show' && previous.current !== 'show') changeButton.current?.focus();
    previous.current = mode;
  }, [mode]);

  const confirmDelete = async () => {
    setPending(true);
    setProblem(null);
    try {
      await remove(record);
      onRemoved(name);
    } catch (error) {
      setProblem(toProblem(error));
      setPending(false);
    }
  };
  const hidden = <span className="visually-hidden">: {name}</span>;
  if (mode === 'edit') {
    return (
      <li className="card editing">
        {form({
          record,
          onSaved: (text) => {
            setMode('show');
            onChanged(text);
          },
          onCancel: () => setMode('show'),
        })}
      </li>
    );
  }
  return (
    <li className="card">
      {summary}
      {mode === 'confirm' ? (
        <div className="confirm" role="group" aria-label={`Delete ${name}?`}>
          <p>Delete this for good?</p>
          {problem ? <ProblemMessage problem={problem} /> : null}
          <div className="actions">
            <button
              type="button"
              className="button danger"
              disabled={pending}
              onClick={() => void confirmDelete()}
            >
              {pending ? 'Deleting…' : 'Delete'}
              {hidden}
            </button>
            <button
              ref={keepButton}
              type="button"
              className="button secondary"
              onClick={() => setMode('show')}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <p className="row-actions">
          <button
            ref={changeButton}
            type="button"
            className="button link"
            onClick={() => setMode('edit')}
          >
            Change{hidden}
          </button>
          <button type="button" className="button link" onClick={() => setMode('confirm')}>
            Delete{hidden}
          </button>
        </p>
      )}
    </li>
  );
}
