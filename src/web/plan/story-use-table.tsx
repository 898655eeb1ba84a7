import { Link } from 'react-router';
import type { RoundPlan } from '../../coach/plan-types.js';

/** Which story goes to whom in this round, so that no one hears the same story twice. */
export function StoryUseTable({ storyUse }: { readonly storyUse: RoundPlan['storyUse'] }) {
  return (
    <section aria-labelledby="story-use-title" className="plan-overview">
      <h2 id="story-use-title">Which story goes to whom</h2>
      {storyUse.length === 0 ? (
        <p className="quiet">
          No story is planned yet. Write a few stories in your story bank and the plan assigns them
          to the questions they answer.
        </p>
      ) : (
        <table className="story-use">
          <thead>
            <tr>
              <th scope="col">Story</th>
              <th scope="col">Planned for</th>
            </tr>
          </thead>
          <tbody>
            {storyUse.map((use) => (
              <tr key={use.storyId}>
                <th scope="row">
                  <Link to={`/stories/${use.storyId}`}>{use.title}</Link>
                </th>
                <td>{use.interviewers.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
