import { useEffect, useRef, useState } from 'react';
import { formatMoney, type OfferChecklist } from '../../coach/offer-checklist.js';
import { copyText } from '../copy-text.js';

/**
 * The negotiation checklist once an offer came in: where the figures stand, what to prepare, a
 * counter-proposal to say, the steps in order and the questions to ask. The walk-away figure is
 * the candidate's alone and shows only when they ask for it.
 */
export function OfferChecklistView({
  checklist,
  focusOnShow = false,
}: {
  readonly checklist: OfferChecklist;
  /** It replaces the button just pressed: take the keyboard user's focus. */
  readonly focusOnShow?: boolean;
}) {
  const { salary } = checklist;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  const [copied, setCopied] = useState('');
  const [showPrivate, setShowPrivate] = useState(false);
  return (
    <div className="offer-checklist">
      <h3 ref={heading} tabIndex={-1}>
        Your negotiation checklist
      </h3>
      {salary.summary.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {salary.missing.length > 0 ? (
        <div className="callout">
          <p>Before you reply:</p>
          <ul className="bullets">
            {salary.missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {checklist.counterScript ? (
        <div className="offer-script">
          <h4>What to say when you counter</h4>
          <blockquote>{checklist.counterScript}</blockquote>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              void copyText(checklist.counterScript ?? '').then((ok) =>
                setCopied(ok ? 'Copied.' : 'Select the text and copy it yourself.'),
              )
            }
          >
            Copy<span className="visually-hidden"> what to say</span>
          </button>
          <span role="status"> {copied}</span>
        </div>
      ) : null}
      <h4>Step by step</h4>
      <ol className="offer-steps">
        {checklist.steps.map((step) => (
          <li key={step.id}>
            <strong>{step.title}.</strong> {step.detail}
          </li>
        ))}
      </ol>
      {checklist.questions.length > 0 ? (
        <>
          <h4>Questions to ask about the offer</h4>
          <ul className="bullets">
            {checklist.questions.map((question) => (
              <li key={question.id}>
                {question.text} <span className="quiet">— {question.why}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {salary.walkAwaySet ? (
        <div className="offer-private print-hide">
          <button
            type="button"
            className="button link"
            aria-expanded={showPrivate}
            onClick={() => setShowPrivate((value) => !value)}
          >
            {showPrivate
              ? 'Hide my walk-away figure'
              : 'Show my walk-away figure (only you see it)'}
          </button>
          {showPrivate && checklist.private.walkAway !== null ? (
            <div>
              <p>
                Your walk-away:{' '}
                <strong>{formatMoney(checklist.private.walkAway, salary.currency ?? 'EUR')}</strong>
              </p>
              {checklist.private.checks.map((check) => (
                <p key={check}>{check}</p>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
