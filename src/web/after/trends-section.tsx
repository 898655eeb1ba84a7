import { afterRoundApi } from '../after-round-api.js';
import { ProblemMessage } from '../components/problem-message.js';
import { useLoad } from '../use-load.js';
import { TrendChart } from './trend-chart.js';

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/**
 * How the candidate's own ratings move across rounds and opportunities: the headline in words,
 * the chart with its table, and the lessons written down more than once. `version` reloads it.
 */
export function TrendsSection({ version = 0 }: { readonly version?: number }) {
  const trends = useLoad(`trends-${version}`, () => afterRoundApi.trends());
  return (
    <section aria-labelledby="trends-title" className="trends">
      <h2 id="trends-title">Your ratings over time</h2>
      {trends.status === 'loading' ? (
        <p className="loading" role="status">
          Loading your ratings…
        </p>
      ) : trends.status === 'error' ? (
        trends.problem.isMissingRoute() ? (
          <p className="quiet">Trends are not available from this Round Two server yet.</p>
        ) : (
          <ProblemMessage problem={trends.problem} onRetry={trends.reload} />
        )
      ) : (
        <>
          {trends.data.summaries.length > 0 ? (
            <ul className="trend-summaries">
              {trends.data.summaries.map((summary) => (
                <li key={summary}>{sentence(summary)}</li>
              ))}
            </ul>
          ) : trends.data.rounds === 1 ? (
            <p className="quiet">One round rated so far: rate the next one to see how you move.</p>
          ) : null}
          <TrendChart trends={trends.data} />
          {trends.data.repeatedLessons.length > 0 ? (
            <>
              <h3>Lessons that keep coming back</h3>
              <ul className="bullets">
                {trends.data.repeatedLessons.map((lesson) => (
                  <li key={lesson.lesson}>
                    {lesson.lesson} <span className="quiet">({lesson.rounds} rounds)</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
