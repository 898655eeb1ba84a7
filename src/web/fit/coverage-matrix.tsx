import type { CoverageItem } from '../../coach/coverage.js';
import { coverageStrengths } from '../../content/coverage-lexicon.js';
import { strengthLabels, strengthOrder } from './coverage-labels.js';
import { CoverageRow } from './coverage-row.js';

const groupTitles = {
  none: 'Gaps',
  partial: 'Partly covered',
  strong: 'Covered',
} satisfies Record<CoverageItem['strength'], string>;

const groupHints = {
  none: 'Nothing you have written shows these yet. Write a story for the ones that matter most, or prepare how you would answer if asked.',
  partial:
    'Something you have written touches these. Make the link plain: what you did and what came of it.',
  strong: 'A story or résumé item shows these. Have it ready.',
} satisfies Record<CoverageItem['strength'], string>;

/**
 * The coverage matrix: every requirement, nice-to-have and responsibility of the posting with
 * its strength and evidence, grouped gaps first.
 */
export function CoverageMatrix({
  coverage,
  back,
}: {
  readonly coverage: readonly CoverageItem[];
  readonly back: string;
}) {
  return (
    <>
      {strengthOrder.map((strength) => {
        const items = coverage.filter((item) => item.strength === strength);
        if (items.length === 0) return null;
        const titleId = `coverage-${strength}`;
        return (
          <section key={strength} aria-labelledby={titleId} className="coverage-group">
            <h2 id={titleId}>
              {groupTitles[strength]} <span className="count">({items.length})</span>
            </h2>
            <p className="quiet">{groupHints[strength]}</p>
            <ul className="coverage-matrix">
              {items.map((item) => (
                <CoverageRow
                  key={`${item.kind}:${item.text}`}
                  item={item}
                  back={back}
                  backLabel="the role fit"
                />
              ))}
            </ul>
          </section>
        );
      })}
      <details className="why-number">
        <summary>How Round Two decides</summary>
        <p>
          Each line of the posting is compared with your stories and résumé items: the words they
          share (rarer words count for more) and the skills both name. “{strengthLabels.strong}”
          means your best match shares at least {percent(coverageStrengths.strong)} of what the line
          asks for; “{strengthLabels.partial}” at least {percent(coverageStrengths.partial)}.
        </p>
      </details>
    </>
  );
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
