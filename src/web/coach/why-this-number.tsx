import type { ThresholdUsed } from '../../coach/finding.js';

type Threshold = Omit<ThresholdUsed, 'name'>;

/** Figures that share a source, so that the source is said once. */
function bySource(thresholds: readonly Threshold[]): [string, Threshold[]][] {
  const groups = new Map<string, Threshold[]>();
  for (const threshold of thresholds) {
    groups.set(threshold.source, [...(groups.get(threshold.source) ?? []), threshold]);
  }
  return [...groups];
}

/** "Why this number": the figures the coach compared against and where they come from. */
export function WhyThisNumber({
  thresholds,
  summary = 'Why this number',
}: {
  readonly thresholds: readonly Threshold[];
  readonly summary?: string;
}) {
  return (
    <details className="why-number">
      <summary>{summary}</summary>
      {bySource(thresholds).map(([source, figures]) => (
        <p key={source}>
          <strong>
            {figures
              .map((figure) => `${figure.value.toLocaleString('en-GB')} ${figure.unit}`)
              .join(' · ')}
          </strong>{' '}
          — {source}
        </p>
      ))}
    </details>
  );
}
