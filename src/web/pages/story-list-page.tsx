import { Link } from 'react-router';
import type { Story } from '../../domain/story.js';
import { api } from '../api.js';
import { Loaded } from '../components/loaded.js';
import { usePageTitle } from '../components/page-title.js';
import { filledParts, starParts } from '../stories/star-parts.js';
import { useLoad } from '../use-load.js';

/** The story bank: every story with its tags and how complete it is. */
export function StoryListPage() {
  usePageTitle('Story bank');
  const stories = useLoad('stories', () => api.list('story'));
  return (
    <>
      <div className="page-heading">
        <h1>Story bank</h1>
        <Link to="/stories/new" className="button">
          Write a story
        </Link>
      </div>
      <p className="lead">
        Short true stories from your work, told as situation, task, action and result, with what you
        learned. One good story can answer several questions.
      </p>
      <Loaded load={stories} what="your stories">
        {(list) =>
          list.length === 0 ? (
            <section className="empty-state" aria-labelledby="no-stories-title">
              <h2 id="no-stories-title">No stories yet</h2>
              <p>
                Think of a time you solved a hard problem, disagreed with someone, or changed how a
                team worked. Write it down once; use it in every interview.
              </p>
            </section>
          ) : (
            <ul className="card-list">
              {list.map((story) => (
                <StorySummary key={story.id} story={story} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

function StorySummary({ story }: { readonly story: Story }) {
  const filled = filledParts(story);
  return (
    <li className="card">
      <h2 className="card-title">
        <Link to={`/stories/${story.id}`}>{story.title}</Link>
      </h2>
      {story.tags.length > 0 ? (
        <ul className="tags" aria-label="Tags">
          {story.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="star-parts" aria-label="Parts written">
        {starParts.map(({ field, label }) => (
          <li key={field} className={filled.has(field) ? 'filled' : 'empty'}>
            <span aria-hidden="true">{filled.has(field) ? '✓' : '○'}</span> {label}
            <span className="visually-hidden">{filled.has(field) ? ': written' : ': empty'}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
