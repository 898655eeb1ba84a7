import { useState } from 'react';
import type { SalaryPrep } from '../../domain/format-prep.js';
import { TextAreaField, TextField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { copyText } from '../copy-text.js';
import { linesOf, useDraft, useSubmission } from '../form.js';
import { api } from '../api.js';
import { prepApi, type SalaryScriptsView } from '../prep-api.js';
import { useLoad } from '../use-load.js';
import { Loaded } from '../components/loaded.js';

interface SalaryDraft {
  currency: string;
  target: string;
  rangeLow: string;
  rangeHigh: string;
  walkAway: string;
  marketSources: string;
}

const figure = (value: number | null | undefined) => (value == null ? '' : String(value));
/** An empty box is "not set"; anything else goes to the server, which says why it is refused. */
const amount = (text: string) => (text.trim() === '' ? null : Number(text.replace(/[\s,]/g, '')));

function draftOf(prep: SalaryPrep | undefined): SalaryDraft {
  return {
    currency: prep?.currency ?? 'EUR',
    target: figure(prep?.target),
    rangeLow: figure(prep?.rangeLow),
    rangeHigh: figure(prep?.rangeHigh),
    walkAway: figure(prep?.walkAway),
    marketSources: (prep?.marketSources ?? []).join('\n'),
  };
}

/** The candidate's salary numbers and the scripts written from them. */
export function SalarySection({
  opportunityId,
  prep,
}: {
  readonly opportunityId: string;
  readonly prep: SalaryPrep | undefined;
}) {
  const [saved, setSaved] = useState(prep);
  const [notice, setNotice] = useState('');
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field } = useDraft(() => draftOf(prep), {
    errors: fieldErrors,
    onEdit: () => setNotice(''),
  });
  const scripts = useLoad(`${opportunityId}:${saved?.updatedAt ?? ''}`, () =>
    prepApi.salaryScripts(opportunityId),
  );
  const save = () =>
    submit(async () => {
      const figures = {
        currency: draft.currency.trim().toUpperCase(),
        target: amount(draft.target),
        rangeLow: amount(draft.rangeLow),
        rangeHigh: amount(draft.rangeHigh),
        walkAway: amount(draft.walkAway),
        marketSources: linesOf(draft.marketSources),
      };
      const record = saved
        ? await api.update('salaryPrep', saved.id, figures)
        : await api.create('salaryPrep', { opportunityId, ...figures });
      setSaved(record);
      setNotice('Salary numbers saved.');
    });
  return (
    <section aria-labelledby="salary-title">
      <h2 id="salary-title">Salary</h2>
      <FormFrame
        title="Your numbers"
        problem={problem}
        pending={pending}
        submitLabel="Save salary numbers"
        onSubmit={() => void save()}
      >
        <TextField
          label="Currency"
          hint="Three letters, such as EUR or USD."
          {...field('currency')}
        />
        <TextField label="Target" inputMode="numeric" {...field('target')} />
        <TextField label="Range low" inputMode="numeric" {...field('rangeLow')} />
        <TextField label="Range high" inputMode="numeric" {...field('rangeHigh')} />
        <TextField
          label="Walk-away"
          inputMode="numeric"
          hint="Private — never shared or printed. The figure below which you decline."
          {...field('walkAway')}
        />
        <TextAreaField
          label="Market sources"
          hint="One a line: salary surveys, peers, postings."
          rows={3}
          {...field('marketSources')}
        />
      </FormFrame>
      <p role="status" className="notice">
        {notice}
      </p>
      <Loaded load={scripts} what="the salary scripts">
        {(view) => <SalaryScripts view={view} />}
      </Loaded>
    </section>
  );
}

function SalaryScripts({ view }: { readonly view: SalaryScriptsView }) {
  return (
    <ul className="salary-scripts">
      {view.scripts.map((script) => (
        <li key={script.id} className="salary-script" data-ready={script.ready}>
          <h3>{script.situation}</h3>
          <blockquote>{script.script}</blockquote>
          <p className="quiet">{script.why}</p>
          {script.ready ? <CopyButton text={script.script} /> : null}
        </li>
      ))}
    </ul>
  );
}

function CopyButton({ text }: { readonly text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => setState((await copyText(text)) ? 'copied' : 'failed');
  return (
    <button type="button" className="button secondary" onClick={() => void copy()}>
      {state === 'copied'
        ? 'Copied'
        : state === 'failed'
          ? 'Copy failed — select the text'
          : 'Copy'}
    </button>
  );
}
