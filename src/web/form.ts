import { useCallback, useState, type ChangeEvent } from 'react';
import type { z } from 'zod';
import { ApiProblem, toProblem, type FieldProblem } from './api.js';

/**
 * What is wrong with `input` by the domain's own schema — the same rules the server applies —
 * with field names under `prefix` (e.g. `newInterviewers.0.`).
 */
export function issuesOf(schema: z.ZodType, input: unknown, prefix = ''): FieldProblem[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = prefix + issue.path.map(String).join('.');
    return { field, pointer: `#/${field.split('.').join('/')}`, detail: issue.message };
  });
}

/** Refuses a form before anything is sent when its fields break the domain's rules. */
export function assertNoIssues(issues: readonly FieldProblem[], what: string): void {
  if (issues.length === 0) return;
  throw new ApiProblem(422, 'Check the form', `The ${what} was not saved yet.`, issues);
}

/**
 * The state of a form's submission: whether it is being saved, and why it was refused.
 * `submit` runs the save and keeps the problem it threw, with its field errors.
 */
export function useSubmission() {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const submit = useCallback(async (save: () => Promise<void>) => {
    setPending(true);
    setProblem(null);
    try {
      await save();
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setPending(false);
    }
  }, []);
  return {
    pending,
    problem,
    fieldErrors: problem?.fieldErrors() ?? {},
    submit,
    clear: () => setProblem(null),
  };
}

/** Lines of a textarea as a list, without blank lines: priorities, metrics… */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A comma-separated field as a list: tags. */
export function commaListOf(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** An empty text field means "not given": the API takes `null` for an absent optional value. */
export function orNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** The keys of a draft whose value is any text, which a text box can set. */
type TextKey<D> = {
  [K in keyof D]-?: string extends D[K] ? (D[K] extends string ? K : never) : never;
}[keyof D] &
  string;

/** What a form field needs from the draft: spread it onto a TextField, TextAreaField or SelectField. */
export interface FieldBinding {
  readonly name: string;
  readonly value: string;
  readonly onChange: (
    event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
  ) => void;
  readonly error: string | undefined;
}

/**
 * A form's values while they are edited, and the wiring of each field to them and to the
 * server's or schema's complaint about it:
 * @example
 * const { draft, field } = useDraft(emptyInterviewer, { errors: fieldErrors });
 * <TextField label="Email" type="email" {...field('email')} />
 */
export function useDraft<D extends object>(
  initial: D | (() => D),
  options: {
    /** Why each field was refused, by field name (`useSubmission().fieldErrors`). */
    readonly errors?: Readonly<Record<string, string>>;
    /** Runs on every edit, e.g. to clear a "Saved." notice. */
    readonly onEdit?: () => void;
  } = {},
) {
  const [draft, setDraft] = useState<D>(initial);
  const { errors = {}, onEdit } = options;
  const set = <K extends keyof D>(name: K, value: D[K]) => {
    onEdit?.();
    setDraft((current) => ({ ...current, [name]: value }));
  };
  /** A free-text field. */
  const field = <K extends TextKey<D>>(name: K): FieldBinding => ({
    name,
    value: String(draft[name]),
    onChange: (event) => set(name, event.currentTarget.value as D[K]),
    error: errors[name],
  });
  /** A select whose value must be one of `allowed`; anything else is ignored. */
  const choice = <K extends keyof D & string>(name: K, allowed: readonly D[K][]): FieldBinding => ({
    name,
    value: String(draft[name]),
    onChange: (event) => {
      const value = allowed.find((option) => option === event.currentTarget.value);
      if (value !== undefined) set(name, value);
    },
    error: errors[name],
  });
  return { draft, setDraft, set, field, choice };
}
