import { useRef, type ReactNode } from 'react';
import { Disclosure } from './disclosure.js';
import { EditableRow, type ListFormProps } from './editable-row.js';

/**
 * A section of records the candidate adds, changes and deletes in place, such as the questions
 * asked in a round: each record's summary with "Change" and "Delete", and an "Add" form.
 */
export function EditableList<T extends { readonly id: string }>({
  title,
  hint,
  records,
  empty,
  addLabel,
  nameOf,
  summary,
  form,
  remove,
  onChanged,
}: {
  readonly title: string;
  readonly hint?: ReactNode;
  readonly records: readonly T[];
  readonly empty: string;
  readonly addLabel: string;
  /** A short name of a record for its buttons, e.g. the question. */
  readonly nameOf: (record: T) => string;
  readonly summary: (record: T) => ReactNode;
  readonly form: (props: ListFormProps<T>) => ReactNode;
  readonly remove: (record: T) => Promise<void>;
  readonly onChanged: (summary: string) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-title`;
  const removed = (what: string) => {
    onChanged(`Deleted “${what}”.`);
    heading.current?.focus();
  };
  return (
    <section aria-labelledby={titleId} className="editable-list">
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {hint ? <p className="quiet">{hint}</p> : null}
      {records.length === 0 ? (
        <p className="quiet">{empty}</p>
      ) : (
        <ul className="card-list">
          {records.map((record) => (
            <EditableRow
              key={record.id}
              record={record}
              name={nameOf(record)}
              summary={summary(record)}
              form={form}
              remove={remove}
              onChanged={onChanged}
              onRemoved={removed}
            />
          ))}
        </ul>
      )}
      <Disclosure label={addLabel}>
        {(close) =>
          form({
            record: null,
            onSaved: (text) => {
              onChanged(text);
              close();
            },
          })
        }
      </Disclosure>
    </section>
  );
}
