import { useState } from 'react';
import { api } from '../api.js';
import { SelectField, TextField } from '../components/fields.js';
import { Loaded } from '../components/loaded.js';
import { nextRound } from '../round-time.js';
import { useLoad } from '../use-load.js';

/** The question to practise and, when it comes from a round plan, where it comes from. */
export interface PracticeQuestion {
  readonly question: string;
  readonly opportunityId: string | null;
  readonly roundId: string | null;
}

interface PlanQuestions {
  readonly roundId: string | null;
  readonly questions: readonly string[];
}

async function loadPlanQuestions(opportunityId: string): Promise<PlanQuestions> {
  const rounds = await api.list('round', { opportunityId });
  const next = nextRound(rounds, new Date());
  if (!next) return { roundId: null, questions: [] };
  const { plan } = await api.roundPlan(next.id);
  const questions = plan.interviewers.flatMap((interviewer) =>
    interviewer.questions.map((question) => question.text),
  );
  return { roundId: next.id, questions: [...new Set(questions)] };
}

/** Picks a question from the next round's plan of an opportunity, or takes the candidate's own. */
export function QuestionPicker({ onPick }: { readonly onPick: (pick: PracticeQuestion) => void }) {
  const opportunities = useLoad('opportunities', () => api.list('opportunity'));
  const [opportunityId, setOpportunityId] = useState('');
  const [own, setOwn] = useState('');
  const plan = useLoad(opportunityId, () =>
    opportunityId ? loadPlanQuestions(opportunityId) : Promise.resolve(null),
  );
  return (
    <section aria-labelledby="pick-title">
      <h2 id="pick-title">Pick a question</h2>
      <form
        className="form"
        aria-label="Practise your own question"
        onSubmit={(event) => {
          event.preventDefault();
          if (own.trim() !== '')
            onPick({ question: own.trim(), opportunityId: null, roundId: null });
        }}
      >
        <TextField
          label="Your own question"
          name="ownQuestion"
          value={own}
          onChange={(event) => setOwn(event.currentTarget.value)}
        />
        <div className="actions">
          <button type="submit" className="button">
            Practise this question
          </button>
        </div>
      </form>
      <Loaded load={opportunities} what="your opportunities">
        {(list) =>
          list.length === 0 ? null : (
            <SelectField
              label="Or from the next round of"
              name="opportunity"
              value={opportunityId}
              onChange={(event) => setOpportunityId(event.currentTarget.value)}
              choices={[
                { value: '', label: 'Choose an opportunity' },
                ...list.map((opportunity) => ({
                  value: opportunity.id,
                  label: `${opportunity.role} at ${opportunity.company}`,
                })),
              ]}
            />
          )
        }
      </Loaded>
      {opportunityId ? (
        <Loaded load={plan} what="the round plan">
          {(planned) =>
            !planned || planned.questions.length === 0 ? (
              <p className="quiet">This opportunity has no upcoming round with a plan.</p>
            ) : (
              <ul className="plan-questions">
                {planned.questions.map((question) => (
                  <li key={question}>
                    <button
                      type="button"
                      className="button link"
                      onClick={() => onPick({ question, opportunityId, roundId: planned.roundId })}
                    >
                      {question}
                    </button>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      ) : null}
    </section>
  );
}
