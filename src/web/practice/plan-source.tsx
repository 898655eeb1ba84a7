import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Round } from '../../domain/round.js';
import { api, type RoundPlanView } from '../api.js';
import { SelectField } from '../components/fields.js';
import { Loaded } from '../components/loaded.js';
import { nextRound } from '../round-time.js';
import { useLoad } from '../use-load.js';
import { MAX_SET_QUESTIONS, type PracticeQuestion, type PracticeSet } from './practice-set.js';

const WHOLE_PANEL = '';

interface RoundChoice {
  readonly rounds: readonly Round[];
  /** The round shown first: the next one when there is one, else the latest. */
  readonly initial: string;
}

async function loadRounds(opportunityId: string, asked: string | null): Promise<RoundChoice> {
  const rounds = (await api.list('round', { opportunityId })).sort(
    (a, b) => (a.number ?? 0) - (b.number ?? 0),
  );
  if (asked !== null && rounds.some((round) => round.id === asked))
    return { rounds, initial: asked };
  const next = nextRound(rounds, new Date());
  return { rounds, initial: next?.id ?? rounds.at(-1)?.id ?? '' };
}

/**
 * The questions of one round's plan for the whole panel (each person's in turn) or one person,
 * each question once.
 */
export function planSet(view: RoundPlanView, interviewerId: string): PracticeSet {
  const people = view.plan.interviewers.filter(
    (person) => interviewerId === WHOLE_PANEL || person.interviewerId === interviewerId,
  );
  const seen = new Set<string>();
  const questions: PracticeQuestion[] = [];
  for (const person of people) {
    for (const planned of person.questions) {
      if (seen.has(planned.text)) continue;
      seen.add(planned.text);
      questions.push({
        question: planned.text,
        opportunityId: view.opportunity.id,
        roundId: view.round.id,
        askedBy: person.name,
      });
    }
  }
  const who =
    interviewerId === WHOLE_PANEL ? 'the whole panel' : (people[0]?.name ?? 'one interviewer');
  return {
    title: `Round ${view.round.number} with ${who}`,
    questions: questions.slice(0, MAX_SET_QUESTIONS),
  };
}

function PanelChoice({
  roundId,
  onStart,
}: {
  readonly roundId: string;
  readonly onStart: (set: PracticeSet) => void;
}) {
  const plan = useLoad(roundId, () => api.roundPlan(roundId));
  const [interviewerId, setInterviewerId] = useState(WHOLE_PANEL);
  return (
    <Loaded load={plan} what="the round plan">
      {(view) => {
        if (view.plan.interviewers.length === 0)
          return (
            <p className="quiet">
              This round has no interviewers yet, so it has no likely questions. Add them on the
              opportunity page.
            </p>
          );
        const set = planSet(view, interviewerId);
        return (
          <>
            <SelectField
              label="Who asks"
              name="interviewer"
              value={interviewerId}
              onChange={(event) => setInterviewerId(event.currentTarget.value)}
              choices={[
                { value: WHOLE_PANEL, label: 'The whole panel' },
                ...view.plan.interviewers.map((person) => ({
                  value: person.interviewerId,
                  label: person.name,
                })),
              ]}
            />
            {set.questions.length === 0 ? (
              <p className="quiet">
                The plan has no likely questions for this choice yet. Add the interviewers’ kinds
                and the posting on the opportunity page, or pick the whole panel.
              </p>
            ) : null}
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={set.questions.length === 0}
                onClick={() => onStart(set)}
              >
                Start the mock interview ({set.questions.length}{' '}
                {set.questions.length === 1 ? 'question' : 'questions'})
              </button>
            </div>
            <ol className="plan-questions">
              {set.questions.map((question) => (
                <li key={question.question}>
                  {question.question} <span className="quiet">({question.askedBy})</span>
                </li>
              ))}
            </ol>
          </>
        );
      }}
    </Loaded>
  );
}

function RoundChoiceFields({
  choice,
  onStart,
}: {
  readonly choice: RoundChoice;
  readonly onStart: (set: PracticeSet) => void;
}) {
  const [roundId, setRoundId] = useState(choice.initial);
  if (choice.rounds.length === 0)
    return <p className="quiet">This opportunity has no rounds yet.</p>;
  return (
    <>
      <SelectField
        label="Round"
        name="round"
        value={roundId}
        onChange={(event) => setRoundId(event.currentTarget.value)}
        choices={choice.rounds.map((round) => ({
          value: round.id,
          label: `Round ${round.number ?? '?'}`,
        }))}
      />
      {roundId ? <PanelChoice key={roundId} roundId={roundId} onStart={onStart} /> : null}
    </>
  );
}

/**
 * A mock interview from a round's plan: pick the opportunity, the round and who asks. A link from
 * a round's plan page (`?opportunity=…&round=…`) arrives with them chosen.
 */
export function PlanSource({ onStart }: { readonly onStart: (set: PracticeSet) => void }) {
  const [search] = useSearchParams();
  const opportunities = useLoad('opportunities', () => api.list('opportunity'));
  const [opportunityId, setOpportunityId] = useState(search.get('opportunity') ?? '');
  const rounds = useLoad(opportunityId, () =>
    opportunityId ? loadRounds(opportunityId, search.get('round')) : Promise.resolve(null),
  );
  return (
    <section aria-labelledby="plan-source-title" className="practice-source">
      <h3 id="plan-source-title">From a round’s plan</h3>
      <Loaded load={opportunities} what="your opportunities">
        {(list) =>
          list.length === 0 ? (
            <p className="quiet">No opportunities yet: add one to practise its round’s plan.</p>
          ) : (
            <SelectField
              label="Opportunity"
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
        <Loaded load={rounds} what="the rounds">
          {(choice) =>
            choice ? (
              <RoundChoiceFields key={opportunityId} choice={choice} onStart={onStart} />
            ) : null
          }
        </Loaded>
      ) : null}
    </section>
  );
}
