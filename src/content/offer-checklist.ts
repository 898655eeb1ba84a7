/**
 * What to do between "we would like to make you an offer" and a signature, in Round Two's own
 * words. The order matters: the written offer first, then time, then the whole package, and only
 * then a counter-proposal, decided against a walk-away figure set before the offer arrived.
 */

/** One step of the negotiation checklist. */
export interface OfferStep {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
}

export const offerSteps: readonly OfferStep[] = [
  {
    id: 'thank-and-pause',
    title: 'Thank them, and do not answer on the spot',
    detail:
      'Say you are pleased and that you would like to review the details before replying. Agreeing or haggling in the first call leaves money and terms on the table.',
  },
  {
    id: 'in-writing',
    title: 'Get the offer in writing',
    detail:
      'Ask for the full offer in writing: base salary, variable pay, equity, pension, leave, start date, notice period, job title and reporting line. Until it is written down it is a conversation, not an offer.',
  },
  {
    id: 'time-to-decide',
    title: 'Ask how long you have to decide',
    detail:
      'Ask for a clear date by which they need your answer, and agree it. A few working days is an ordinary request; if you are waiting on another process, say that you need time to decide well, not that you are shopping the offer around.',
  },
  {
    id: 'total-package',
    title: 'Compare the total package, not the salary',
    detail:
      'Put a yearly value on each part: base, expected bonus (what was actually paid, not the maximum), equity after vesting terms, employer pension contribution, leave, learning budget, travel and equipment. Compare that total with your current job and any other offer.',
  },
  {
    id: 'ask-the-questions',
    title: 'Ask what the written offer does not say',
    detail:
      'Use the questions below with the recruiter or hiring manager: how pay is split and reviewed, what the bonus has really paid, which parts have room to move.',
  },
  {
    id: 'counter-with-a-number',
    title: 'Counter with one number, and a reason',
    detail:
      'If the offer is below your target, name a single figure (your target, not a range, whose low end is all they will hear) and say why: the scope of the role, your market research, what you bring. Then stop talking and let them answer.',
  },
  {
    id: 'beyond-salary',
    title: 'Negotiate more than the salary',
    detail:
      'When the base will not move, ask about what often can: a signing bonus, an earlier salary review, extra leave, a learning budget, the start date, remote days or the job title.',
  },
  {
    id: 'decide-against-walk-away',
    title: 'Decide against your walk-away',
    detail:
      'Compare their final answer with the walk-away figure you set before the offer arrived, and with the total package. Below the walk-away, decline politely; that figure exists so the decision is made with a clear head.',
  },
  {
    id: 'final-in-writing',
    title: 'Accept in writing, then resign',
    detail:
      'Accept only the final written offer with every agreed change in it, and hand in your notice only after you have it. Keep every message about the offer.',
  },
];

/** Said when a salary figure is missing, so the checklist can point at the gap. */
export const missingSalaryAdvice = {
  prep: 'No salary preparation yet: add a target, a researched range and a walk-away figure before you reply to the offer.',
  target:
    'No target set: decide the one figure you would ask for before you counter, from your market research.',
  range:
    'No researched range: look up what the role pays (salary surveys, peers, postings) so your counter has a reason behind it.',
  walkAway:
    'No walk-away figure set: decide, before any negotiation call, the figure below which you would decline.',
  sources:
    'No market sources noted: write down where your figures come from, so you can cite them if asked.',
} as const;

/**
 * A counter-proposal to say or write, in the candidate's own voice. `{target}` is the target with
 * its currency, `{role}` and `{company}` come from the opportunity, `{reason}` from the market
 * sources when there are any.
 */
export const counterScript = {
  withReason:
    'Thank you for the offer; I am excited about the {role} role at {company}. Based on my market research ({reason}) and the scope we discussed, I was expecting {target}. Is there room to move to that figure?',
  withoutReason:
    'Thank you for the offer; I am excited about the {role} role at {company}. Given the scope we discussed and what I would bring, I was expecting {target}. Is there room to move to that figure?',
} as const;
