import { useState } from 'react';
import type { PersonalWhy } from '../../domain/format-prep.js';
import { api } from '../api.js';
import { TextAreaField } from '../components/fields.js';
import { FormFrame } from '../components/form-frame.js';
import { useDraft, useSubmission } from '../form.js';
import { prepApi, type WhyCheckView } from '../prep-api.js';

const answerLabels = {
  whyRole: 'Why this role',
  whyCompany: 'Why this company',
  whyNow: 'Why now',
} as const;

/** The personal "why" — role, company, now — and, once saved, whether it names specifics. */
export function WhySection({
  opportunityId,
  why,
}: {
  readonly opportunityId: string;
  readonly why: PersonalWhy | undefined;
}) {
  const [saved, setSaved] = useState(why);
  const [check, setCheck] = useState<WhyCheckView>();
  const { pending, problem, fieldErrors, submit } = useSubmission();
  const { draft, field } = useDraft(
    () => ({
      whyRole: why?.whyRole ?? '',
      whyCompany: why?.whyCompany ?? '',
      whyNow: why?.whyNow ?? '',
    }),
    { errors: fieldErrors, onEdit: () => setCheck(undefined) },
  );
  const save = () =>
    submit(async () => {
      const record = saved
        ? await api.update('personalWhy', saved.id, draft)
        : await api.create('personalWhy', { opportunityId, ...draft });
      setSaved(record);
      setCheck(await prepApi.whyCheck(opportunityId));
    });
  return (
    <section aria-labelledby="why-title">
      <h2 id="why-title">Your personal why</h2>
      <FormFrame
        title="Why this role, here, now"
        problem={problem}
        pending={pending}
        submitLabel="Save and check"
        onSubmit={() => void save()}
      >
        {(Object.keys(answerLabels) as (keyof typeof answerLabels)[]).map((answer) => (
          <TextAreaField key={answer} label={answerLabels[answer]} rows={3} {...field(answer)} />
        ))}
      </FormFrame>
      {check ? <WhyFindings check={check} /> : null}
    </section>
  );
}

function WhyFindings({ check }: { readonly check: WhyCheckView }) {
  if (check.findings.length === 0) {
    return (
      <p className="findings-empty" role="status">
        Each answer names something specific to this company and role.
      </p>
    );
  }
  return (
    <ul className="findings" aria-label="Findings on your why">
      {check.findings.map((finding) => (
        <li
          key={`${finding.answer}-${finding.kind}`}
          className={`finding severity-${finding.severity}`}
          data-kind={finding.kind}
        >
          <p>
            <strong>{answerLabels[finding.answer]}:</strong> {finding.message}
          </p>
        </li>
      ))}
    </ul>
  );
}
