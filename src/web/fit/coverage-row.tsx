import { Link } from 'react-router';
import type { CoverageItem, EvidenceMatch } from '../../coach/coverage.js';
import { newStoryLink, tagOf } from '../stories/story-prefill.js';
import {
  coverageKindLabels,
  sharedTerms,
  strengthLabels,
  strengthMarks,
} from './coverage-labels.js';

/**
 * One line of the posting in the coverage matrix: how well it is covered (in words), by which
 * stories or résumé items and through which shared terms, and what to do about a gap.
 */
export function CoverageRow({
  item,
  back,
  backLabel,
}: {
  readonly item: CoverageItem;
  /** The page a new story should lead back to, and its name: "the role fit". */
  readonly back: string;
  readonly backLabel: string;
}) {
  const writeLink = newStoryLink({
    purpose: item.text,
    tags: item.competencies.map(tagOf),
    back,
    backLabel,
  });
  return (
    <li className={`coverage-row strength-${item.strength}`}>
      <p className="coverage-strength">
        <span aria-hidden="true">{strengthMarks[item.strength]}</span>{' '}
        {strengthLabels[item.strength]}
      </p>
      <div className="coverage-body">
        <p className="coverage-text">
          <span className="coverage-kind">{coverageKindLabels[item.kind]}:</span> {item.text}
        </p>
        {item.matches.length > 0 ? (
          <MatchList
            heading={item.strength === 'none' ? 'Closest, but too thin:' : 'Shown by:'}
            matches={item.matches}
          />
        ) : null}
        {item.advice ? <p className="coverage-advice">{item.advice}</p> : null}
        {item.strength === 'strong' ? null : (
          <p className="coverage-action">
            <Link to={writeLink}>
              Write a story for this<span className="visually-hidden">: {item.text}</span>
            </Link>
          </p>
        )}
      </div>
    </li>
  );
}

function MatchList({
  heading,
  matches,
}: {
  readonly heading: string;
  readonly matches: readonly EvidenceMatch[];
}) {
  return (
    <div className="coverage-matches">
      <p className="coverage-matches-heading">{heading}</p>
      <ul>
        {matches.map((match) => (
          <li key={`${match.kind}-${match.id}`}>
            {match.kind === 'story' ? (
              <Link to={`/stories/${match.id}`}>{match.title}</Link>
            ) : (
              <span>{match.title}</span>
            )}{' '}
            <span className="quiet">
              ({match.kind === 'story' ? 'story' : 'résumé'}
              {match.terms.length > 0
                ? `; both mention ${sharedTerms(match.terms).join(', ')}`
                : ''}
              )
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
