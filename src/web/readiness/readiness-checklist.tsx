import type { ReadinessItem } from '../../coach/readiness-types.js';
import { AppLink } from '../components/app-link.js';
import { effortWords } from './countdown-words.js';
import { StatusIcon, readinessStatusLabels } from './status-icon.js';

/** Gaps listed in full up to this many; the rest open on request, so the list stays short. */
const SHOWN_GAPS = 3;

/**
 * Every step that applies to the round, in journey order: what is left to do with what is
 * missing, then what is done, on one line.
 */
export function ReadinessChecklist({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly ReadinessItem[];
}) {
  const done = items.filter((item) => item.status === 'done');
  const open = items.filter((item) => item.status !== 'done');
  return (
    <div className="readiness-checklist">
      <h3>
        {title}{' '}
        <span className="count">
          {done.length} of {items.length} done
        </span>
      </h3>
      <ol className="readiness-items">
        {open.map((item) => (
          <OpenItem key={item.id} item={item} />
        ))}
        {done.length > 0 ? (
          <li className="readiness-item status-done">
            <StatusIcon status="done" />
            <p>
              <span className="readiness-status">Done: </span>
              {done.map((item, index) => (
                <span key={item.id} data-item={item.id}>
                  {index > 0 ? ', ' : null}
                  <ItemTitle item={item} />
                </span>
              ))}
            </p>
          </li>
        ) : null}
      </ol>
    </div>
  );
}

function ItemTitle({ item }: { readonly item: ReadinessItem }) {
  return item.link ? (
    <AppLink to={item.link} fallback={item.title}>
      {item.title}
    </AppLink>
  ) : (
    <>{item.title}</>
  );
}

function OpenItem({ item }: { readonly item: ReadinessItem }) {
  const shown = item.missing.slice(0, SHOWN_GAPS);
  const more = item.missing.slice(SHOWN_GAPS);
  return (
    <li className={`readiness-item status-${item.status}`} data-item={item.id}>
      <StatusIcon status={item.status} />
      <div className="readiness-body">
        <p className="readiness-title">
          <ItemTitle item={item} />
          <span className="readiness-status"> — {readinessStatusLabels[item.status]}</span>
        </p>
        {shown.length > 0 ? (
          <ul className="readiness-missing">
            {shown.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        ) : null}
        {more.length > 0 ? (
          <details className="readiness-more">
            <summary>{more.length} more</summary>
            <ul className="readiness-missing">
              {more.map((gap) => (
                <li key={gap}>{gap}</li>
              ))}
            </ul>
          </details>
        ) : null}
        <p className="readiness-effort">{effortWords(item.effortMinutes)} left</p>
      </div>
    </li>
  );
}
