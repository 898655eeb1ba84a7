import type { Brief, BriefInterviewer } from '../../domain/brief.js';

/** Who the candidate meets: role, what they care about, a way in, what they asked, what to ask. */
export function BriefPeople({ brief }: { readonly brief: Brief }) {
  return (
    <section aria-labelledby="brief-people" className="brief-section">
      <h2 id="brief-people">Who you meet</h2>
      {brief.interviewers.length === 0 ? (
        <p className="quiet">No interviewers recorded for this round yet.</p>
      ) : (
        <ul className="brief-people">
          {brief.interviewers.map((person) => (
            <BriefPerson key={person.id} person={person} />
          ))}
        </ul>
      )}
      {brief.moreInterviewers.length > 0 ? (
        <p>Also on the panel: {brief.moreInterviewers.join(', ')}.</p>
      ) : null}
    </section>
  );
}

function BriefPerson({ person }: { readonly person: BriefInterviewer }) {
  const role = [person.title, person.audience].filter(Boolean).join(' · ');
  return (
    <li className="brief-person">
      <h3>{person.name}</h3>
      {role ? <p className="brief-role">{role}</p> : null}
      <dl className="brief-facts">
        {person.priorities.length > 0 ? (
          <>
            <dt>Cares about</dt>
            <dd>{person.priorities.join('; ')}</dd>
          </>
        ) : null}
        {person.rapportHook ? (
          <>
            <dt>Rapport</dt>
            <dd>{person.rapportHook}</dd>
          </>
        ) : null}
        {person.askedLastTime.length > 0 ? (
          <>
            <dt>Asked you before</dt>
            <dd>
              <ul>
                {person.askedLastTime.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {person.questionsToAsk.length > 0 ? (
          <>
            <dt>Ask them</dt>
            <dd>
              <ul>
                {person.questionsToAsk.map((question) => (
                  <li key={question.text}>
                    {question.text}
                    {question.own ? null : <span className="quiet"> (suggested)</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}
