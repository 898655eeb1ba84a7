import type { Interviewer } from '../../domain/interviewer.js';
import { DownloadButton } from '../components/download-button.js';
import { filePaths } from '../follow-through-api.js';
import { audienceLabels } from '../labels.js';
import { questionsFor, roundName, roundsOf, type Cockpit } from './cockpit-data.js';

/** A card per person the candidate meets: who they are and what they care about. */
export function InterviewerCards({ cockpit }: { readonly cockpit: Cockpit }) {
  if (cockpit.interviewers.length === 0) {
    return (
      <p className="quiet">
        No interviewers yet. Add the people you will meet; knowing what each of them cares about is
        most of the preparation.
      </p>
    );
  }
  return (
    <ul className="card-grid">
      {cockpit.interviewers.map((interviewer) => (
        <InterviewerCard key={interviewer.id} interviewer={interviewer} cockpit={cockpit} />
      ))}
    </ul>
  );
}

function InterviewerCard({
  interviewer,
  cockpit,
}: {
  readonly interviewer: Interviewer;
  readonly cockpit: Cockpit;
}) {
  const rounds = roundsOf(cockpit, interviewer.id);
  const questions = questionsFor(cockpit, interviewer.id);
  const role = [interviewer.title, interviewer.department].filter(Boolean).join(', ');
  return (
    <li className="card interviewer">
      <h3 className="card-title">{interviewer.name}</h3>
      {role ? <p className="interviewer-role">{role}</p> : null}
      {interviewer.audienceKind ? (
        <p>
          <span className="status-tag">{audienceLabels[interviewer.audienceKind]}</span>
        </p>
      ) : null}
      {interviewer.priorities.length > 0 ? (
        <>
          <h4>Cares about</h4>
          <ul className="bullets">
            {interviewer.priorities.map((priority) => (
              <li key={priority}>{priority}</li>
            ))}
          </ul>
        </>
      ) : null}
      {questions.length > 0 ? (
        <>
          <h4>Your questions for them</h4>
          <ul className="bullets">
            {questions.map((question) => (
              <li key={question.id}>{question.question}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="interviewer-rounds">
        {rounds.length > 0
          ? `In ${rounds.map((round) => roundName(round)).join(', ')}`
          : 'Not in a round yet'}
      </p>
      <p className="card-actions">
        <DownloadButton
          path={filePaths.contact(interviewer.id)}
          filename="contact.vcf"
          label="Save contact (.vcf)"
          detail={`(${interviewer.name})`}
          className="button link"
        />
      </p>
    </li>
  );
}
