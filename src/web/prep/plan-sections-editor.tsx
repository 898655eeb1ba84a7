import { useRef, useState } from 'react';
import { moveItem, RowActions } from '../components/row-actions.js';
import { TextAreaField, TextField } from '../components/fields.js';
import { minutesFrom, planFit, plannedMinutesOf } from './rehearsal-timing.js';

/** One section of the outline while it is edited; `key` stays with it when it moves. */
export interface SectionDraft {
  readonly key: number;
  readonly title: string;
  readonly plannedMinutes: string;
  readonly notes: string;
}

let nextKey = 0;
/** A section row: a blank one, or one from a saved section. */
export function sectionDraft(section?: {
  readonly title: string;
  readonly plannedMinutes: number;
  readonly notes: string;
}): SectionDraft {
  nextKey += 1;
  return {
    key: nextKey,
    title: section?.title ?? '',
    plannedMinutes: section ? String(section.plannedMinutes) : '',
    notes: section?.notes ?? '',
  };
}

/**
 * The outline of a talk: each section's title, planned minutes and notes, in order, with add,
 * remove and move; and how the planned minutes add up against the time limit.
 */
export function PlanSectionsEditor({
  sections,
  timeLimitMinutes,
  errors,
  onChange,
}: {
  readonly sections: readonly SectionDraft[];
  readonly timeLimitMinutes: number | null;
  /** Why fields were refused, by path (`sections.0.title`). */
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (sections: SectionDraft[]) => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const nameOf = (section: SectionDraft, index: number) =>
    section.title.trim() || `section ${index + 1}`;
  const edit = (index: number, change: Partial<SectionDraft>) =>
    onChange(sections.map((section, i) => (i === index ? { ...section, ...change } : section)));
  const move = (index: number, by: -1 | 1) => {
    const section = sections[index];
    if (!section) return;
    onChange(moveItem(sections, index, by));
    setAnnouncement(`Moved “${nameOf(section, index)}” to position ${index + by + 1}.`);
  };
  const remove = (index: number) => {
    const section = sections[index];
    onChange(sections.filter((_, i) => i !== index));
    if (section) setAnnouncement(`Removed “${nameOf(section, index)}”.`);
    addButton.current?.focus();
  };
  const planned = plannedMinutesOf(
    sections.map((section) => ({ plannedMinutes: minutesFrom(section.plannedMinutes) ?? 0 })),
  );
  return (
    <fieldset className="field-group plan-sections">
      <legend>Sections, in the order you give them</legend>
      {errors.sections && !Object.keys(errors).some((key) => key.startsWith('sections.')) ? (
        <p className="field-error">{errors.sections}</p>
      ) : null}
      <ol className="plan-section-list">
        {sections.map((section, index) => {
          const name = <span className="visually-hidden"> {nameOf(section, index)}</span>;
          return (
            <li key={section.key} className="plan-section">
              <div className="form-row">
                <TextField
                  label={`Section ${index + 1} title`}
                  value={section.title}
                  onChange={(event) => edit(index, { title: event.currentTarget.value })}
                  error={errors[`sections.${index}.title`]}
                />
                <TextField
                  label={`Section ${index + 1} planned minutes`}
                  inputMode="decimal"
                  hint="Decimals are fine: 1.5 is a minute and a half."
                  value={section.plannedMinutes}
                  onChange={(event) => edit(index, { plannedMinutes: event.currentTarget.value })}
                  error={errors[`sections.${index}.plannedMinutes`]}
                />
              </div>
              <TextAreaField
                label={`Section ${index + 1} notes`}
                rows={2}
                hint="Shown while you rehearse this section."
                value={section.notes}
                onChange={(event) => edit(index, { notes: event.currentTarget.value })}
                error={errors[`sections.${index}.notes`]}
              />
              <RowActions
                index={index}
                count={sections.length}
                name={name}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
            </li>
          );
        })}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button secondary"
        onClick={() => onChange([...sections, sectionDraft()])}
      >
        Add a section
      </button>
      <p className="plan-fit" data-over={timeLimitMinutes !== null && planned > timeLimitMinutes}>
        {planFit(planned, timeLimitMinutes)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
