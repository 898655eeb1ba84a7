import type { PlannedAsk } from '../../coach/plan-types.js';
import { askCategoryLabels } from '../labels.js';

/** A question to ask this interviewer: its category, why it suits them, and any caution. */
export function PlannedAskItem({ ask }: { readonly ask: PlannedAsk }) {
  return (
    <li className="plan-ask">
      <p className="plan-question-text">{ask.text}</p>
      <p className="meta">
        <span className="tag">{askCategoryLabels[ask.category]}</span>
        <span>
          {ask.origin === 'mine'
            ? 'Your question'
            : ask.origin === 'research'
              ? 'From your research'
              : 'Suggested'}
        </span>
      </p>
      {ask.origin === 'mine' ? null : <p className="quiet">{ask.why}</p>}
      {ask.findings.length > 0 ? (
        <ul className="plan-findings">
          {ask.findings.map((finding) => (
            <li key={finding.kind} className="plan-warning">
              <span aria-hidden="true">⚠ </span>
              {finding.message} {finding.advice}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
