import { DateTime } from 'luxon';
import type { Brief } from '../../domain/brief.js';

const day = (date: string) => DateTime.fromISO(date).toFormat('d LLL yyyy');

/** When, how long, where, the link, whom to ask for, what to bring. */
export function BriefLogistics({ brief }: { readonly brief: Brief }) {
  const { logistics } = brief;
  const rows: [string, string | null][] = [
    ['Time', logistics.hours ?? 'Not scheduled yet'],
    ['Length', logistics.duration],
    ['Where', logistics.place],
    ['Ask for', logistics.askFor],
    ['Bring', logistics.bring],
  ];
  return (
    <section aria-labelledby="brief-logistics" className="brief-section">
      <h2 id="brief-logistics">Logistics</h2>
      <dl className="brief-facts">
        {rows.map(([label, value]) =>
          value ? (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ) : null,
        )}
        {logistics.videoLink ? (
          <div>
            <dt>Video</dt>
            <dd>
              <a href={logistics.videoLink} rel="noreferrer" target="_blank">
                {logistics.videoLink}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {logistics.notes.length > 0 ? (
        <ul className="bullets">
          {logistics.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The key stories, one line each, and whom each is meant for. */
export function BriefStories({ brief }: { readonly brief: Brief }) {
  return (
    <section aria-labelledby="brief-stories" className="brief-section">
      <h2 id="brief-stories">Key stories</h2>
      {brief.stories.length === 0 ? (
        <p className="quiet">
          No stories assigned yet: plan the round to pick one for each question.
        </p>
      ) : (
        <ul className="brief-list">
          {brief.stories.map((story) => (
            <li key={story.id}>
              <strong>{story.title}</strong>
              {story.result ? `: ${story.result}` : ''}
              {story.for.length > 0 ? (
                <span className="quiet"> (for {story.for.join(', ')})</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Mission, values, products and the news to bring up. */
export function BriefCompany({ brief }: { readonly brief: Brief }) {
  const { company, news } = brief;
  if (
    !company.mission &&
    company.values.length === 0 &&
    company.products.length === 0 &&
    news.length === 0
  ) {
    return null;
  }
  return (
    <section aria-labelledby="brief-company" className="brief-section">
      <h2 id="brief-company">The company</h2>
      <ul className="brief-list">
        {company.mission ? (
          <li>
            <strong>Mission:</strong> {company.mission}
          </li>
        ) : null}
        {company.values.length > 0 ? (
          <li>
            <strong>Values:</strong> {company.values.join(' · ')}
          </li>
        ) : null}
        {company.products.length > 0 ? (
          <li>
            <strong>Products:</strong> {company.products.join(', ')}
          </li>
        ) : null}
        {news.map((item) => (
          <li key={item.headline}>
            <strong>News{item.publishedOn ? ` (${day(item.publishedOn)})` : ''}:</strong>{' '}
            {item.headline}
            {item.talkingPoint ? (
              <span className="brief-angle"> Your angle: {item.talkingPoint}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
