import { useId, useState, type FormEvent } from 'react';
import { interviewerEntity, type AudienceKind } from '../../domain/interviewer.js';
import { LocalTimeError, instantFromLocal } from '../../domain/local-time.js';
import { roundEntity, type RoundFormat } from '../../domain/round.js';
import { ApiProblem, api, type FieldProblem } from '../api.js';
import {
  CheckboxGroup,
  SelectField,
  TextField,
  choicesOf,
  type Choice,
} from '../components/fields.js';
import { FormProblem } from '../components/problem-message.js';
import {
  assertNoIssues,
  issuesOf,
  orNull,
  useDraft,
  useSubmission,
  type FieldBinding,
} from '../form.js';
import { audienceLabels, formatLabels } from '../labels.js';
import { browserTimeZone } from '../round-time.js';
import { roundName, type Cockpit } from './cockpit-data.js';
import { timeZoneChoices } from './time-zones.js';

interface NewInterviewerDraft {
  /** Keeps React's rows stable while rows are added and removed. */
  readonly key: number;
  readonly name: string;
  readonly title: string;
  readonly audienceKind: AudienceKind | '';
}

interface RoundDraft {
  readonly number: string;
  readonly date: string;
  readonly time: string;
  readonly timeZone: string;
  readonly durationMinutes: string;
  readonly formats: readonly RoundFormat[];
  readonly location: string;
  readonly videoLink: string;
  readonly expectedDecisionOn: string;
  readonly interviewerIds: readonly string[];
  readonly newInterviewers: readonly NewInterviewerDraft[];
}

const audienceChoices: Choice<AudienceKind | ''>[] = [
  { value: '', label: 'Not sure yet' },
  ...choicesOf(audienceLabels),
];
const audienceValues = audienceChoices.map((choice) => choice.value);

function nextNumber(cockpit: Cockpit): number {
  return Math.max(0, ...cockpit.rounds.map((round) => round.number ?? 0)) + 1;
}

/** The start instant from the date, time and zone fields; a time the clocks skip is refused. */
function startOf(draft: RoundDraft): { startsAt: string | null; issues: FieldProblem[] } {
  const issue = (detail: string) => ({
    startsAt: null,
    issues: [{ field: 'startsAt', pointer: '#/startsAt', detail }],
  });
  if (draft.date === '' && draft.time === '') return { startsAt: null, issues: [] };
  if (draft.date === '' || draft.time === '') {
    return issue(
      'Give both a date and a time, or leave both empty if the round is not booked yet.',
    );
  }
  try {
    return {
      startsAt: instantFromLocal(`${draft.date} ${draft.time}`, draft.timeZone),
      issues: [],
    };
  } catch (error) {
    if (error instanceof LocalTimeError) return issue(error.message);
    throw error;
  }
}

function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/**
 * Adds a round to the opportunity: when (in a chosen time zone), how long, in what formats,
 * where, and who sits in it — existing interviewers and new ones typed in on the spot.
 */
export function AddRoundForm({
  cockpit,
  onSaved,
  onChanged,
}: {
  readonly cockpit: Cockpit;
  /** The round and its people are saved; `summary` says what was added. */
  readonly onSaved: (summary: string) => void;
  /** Something was saved even though the form failed part-way: the page should reload. */
  readonly onChanged: () => void;
}) {
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, set, field } = useDraft<RoundDraft>(
    () => ({
      number: String(nextNumber(cockpit)),
      date: '',
      time: '',
      timeZone: browserTimeZone(),
      durationMinutes: '60',
      formats: [],
      location: '',
      videoLink: '',
      expectedDecisionOn: '',
      interviewerIds: [],
      newInterviewers: [],
    }),
    { errors: fieldErrors },
  );
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const startError = fieldErrors.startsAt;
  const startErrorId = useId();
  /** A field of a new interviewer's row, named by its place in the list as its errors are. */
  const rowField = (
    row: NewInterviewerDraft,
    index: number,
    name: 'name' | 'title' | 'audienceKind',
  ): FieldBinding => {
    const path = `newInterviewers.${index}.${name}`;
    return {
      name: path,
      value: row[name],
      onChange: (event) => {
        const value = event.currentTarget.value;
        const change =
          name === 'audienceKind'
            ? { audienceKind: audienceValues.find((kind) => kind === value) ?? '' }
            : { [name]: value };
        set(
          'newInterviewers',
          draft.newInterviewers.map((other) =>
            other.key === row.key ? { ...other, ...change } : other,
          ),
        );
      },
      error: fieldErrors[path],
    };
  };
  const opportunityId = cockpit.opportunity.id;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit(async () => {
      const start = startOf(draft);
      const round = {
        opportunityId,
        number: numberOrNull(draft.number),
        startsAt: start.startsAt,
        timeZone: draft.timeZone,
        durationMinutes: numberOrNull(draft.durationMinutes),
        formats: [...draft.formats],
        location: orNull(draft.location),
        videoLink: orNull(draft.videoLink),
        expectedDecisionOn: orNull(draft.expectedDecisionOn),
      };
      const newInterviewers = draft.newInterviewers.map((row) => ({
        opportunityId,
        name: row.name,
        title: orNull(row.title),
        audienceKind: row.audienceKind === '' ? null : row.audienceKind,
      }));
      // Check everything before the first write, so that a mistake in the third field does
      // not leave half a round behind.
      assertNoIssues(
        [
          ...start.issues,
          ...issuesOf(roundEntity.create, round).filter((issue) => issue.field !== 'startsAt'),
          ...newInterviewers.flatMap((interviewer, index) =>
            issuesOf(interviewerEntity.create, interviewer, `newInterviewers.${index}.`),
          ),
        ],
        'round',
      );
      const created = await api.create('round', round);
      try {
        const added = await Promise.all(
          newInterviewers.map((interviewer) => api.create('interviewer', interviewer)),
        );
        const seated = [...draft.interviewerIds, ...added.map((interviewer) => interviewer.id)];
        await Promise.all(
          seated.map((interviewerId) =>
            api.create('participation', { roundId: created.id, interviewerId }),
          ),
        );
        onSaved(
          `${roundName(created)} added${seated.length > 0 ? ` with ${seated.length} ${seated.length === 1 ? 'interviewer' : 'interviewers'}` : ''}.`,
        );
      } catch (error) {
        onChanged();
        const detail = error instanceof Error ? error.message : String(error);
        throw new ApiProblem(
          error instanceof ApiProblem ? error.status : 0,
          'Partly saved',
          `${roundName(created)} was saved, but not all of its interviewers: ${detail} Add them with “Add an interviewer”.`,
        );
      }
    });
  };

  return (
    <form className="form" onSubmit={save} noValidate aria-labelledby="add-round-title">
      <h3 id="add-round-title">Add a round</h3>
      <FormProblem problem={problem} />
      <div className="form-row">
        <TextField
          label="Round number"
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          {...field('number')}
        />
        <TextField
          label="Length in minutes"
          type="number"
          inputMode="numeric"
          min={5}
          step={5}
          {...field('durationMinutes')}
        />
      </div>
      <fieldset className="field-group">
        <legend>When</legend>
        <div className="form-row three">
          <TextField
            label="Date"
            type="date"
            {...field('date')}
            aria-describedby={startError ? startErrorId : undefined}
            aria-invalid={startError ? true : undefined}
          />
          <TextField
            label="Time"
            type="time"
            {...field('time')}
            aria-describedby={startError ? startErrorId : undefined}
            aria-invalid={startError ? true : undefined}
          />
          <SelectField
            label="Time zone"
            choices={timeZoneChoices(browserTimeZone(), draft.timeZone).map((zone) => ({
              value: zone,
              label: zone.replaceAll('_', ' '),
            }))}
            {...field('timeZone')}
          />
        </div>
        {startError ? (
          <p className="field-error" id={startErrorId}>
            {startError}
          </p>
        ) : null}
      </fieldset>
      <CheckboxGroup
        legend="Formats"
        choices={choicesOf(formatLabels)}
        selected={draft.formats}
        onChange={(formats) => set('formats', formats)}
        error={fieldErrors.formats}
      />
      <div className="form-row">
        <TextField
          label="Location"
          hint="Address or building, if you go on site."
          {...field('location')}
        />
        <TextField
          label="Video link"
          type="url"
          inputMode="url"
          placeholder="https://"
          {...field('videoLink')}
        />
      </div>
      <TextField
        label="Decision expected by"
        type="date"
        hint="If they told you when you will hear back."
        {...field('expectedDecisionOn')}
      />
      <fieldset className="field-group">
        <legend>Interviewers in this round</legend>
        {cockpit.interviewers.length > 0 ? (
          <CheckboxGroup
            legend="People you already added"
            choices={cockpit.interviewers.map((interviewer) => ({
              value: interviewer.id,
              label: interviewer.title
                ? `${interviewer.name} (${interviewer.title})`
                : interviewer.name,
            }))}
            selected={draft.interviewerIds}
            onChange={(interviewerIds) => set('interviewerIds', interviewerIds)}
          />
        ) : null}
        {draft.newInterviewers.map((row, index) => (
          <fieldset key={row.key} className="new-interviewer">
            <legend>New interviewer {index + 1}</legend>
            <div className="form-row three">
              <TextField
                label="Name"
                autoFocus={row.key === addedKey}
                {...rowField(row, index, 'name')}
              />
              <TextField label="Job title" {...rowField(row, index, 'title')} />
              <SelectField
                label="Their part in hiring"
                choices={audienceChoices}
                {...rowField(row, index, 'audienceKind')}
              />
            </div>
            <button
              type="button"
              className="button link"
              onClick={() =>
                set(
                  'newInterviewers',
                  draft.newInterviewers.filter((other) => other.key !== row.key),
                )
              }
            >
              Remove new interviewer {index + 1}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            const key = Math.max(0, ...draft.newInterviewers.map((row) => row.key)) + 1;
            setAddedKey(key);
            set('newInterviewers', [
              ...draft.newInterviewers,
              { key, name: '', title: '', audienceKind: '' },
            ]);
          }}
        >
          Add someone new
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save round'}
        </button>
      </div>
    </form>
  );
}
