/**
 * What a candidate can say when pay comes up, in Round Two's own words. Slots in braces are
 * filled from the candidate's own numbers: `{role}`, `{company}`, `{focus}` (a responsibility
 * from the posting, or the role), `{anchorLow}`–`{anchorHigh}` (the researched range, its bottom
 * at or a little above the target), `{counter}` (a figure between target and range top),
 * `{basis}` (where the figures come from). The walk-away figure has no slot on purpose: it is
 * the candidate's decision line, never something they say.
 */

export type SalarySituation = 'expectations' | 'defer' | 'counter' | 'low_offer';

/** A line to say in one situation, and why it works. */
export interface SalaryPhrasing {
  readonly situation: string;
  readonly script: string;
  readonly why: string;
}

export const salaryPhrasings: Record<SalarySituation, SalaryPhrasing> = {
  expectations: {
    situation: 'They ask: "What are your salary expectations?"',
    script:
      'From what I have seen for {role} roles like this one{basis}, I am looking at something in the region of {anchorLow} to {anchorHigh}, depending on the whole package. I am glad to talk about how that fits your budget.',
    why: 'A range grounded in research sounds informed rather than greedy, and putting its bottom at or just above your target means that even the low end they remember is a number you are happy with.',
  },
  defer: {
    situation: 'Pay comes up early, before there is an offer, and you would rather wait',
    script:
      'I would like to make sure I understand the role first, especially {focus}. Once we both feel I am the right fit, I am confident we can agree on a fair figure. If it helps you now, roles like this tend to sit around {anchorLow} to {anchorHigh}.',
    why: 'Turning back to the work keeps the conversation on the value you bring, which is what earns a better offer. The last sentence is your number in reserve: if they press, you answer at once instead of guessing.',
  },
  counter: {
    situation: 'You have an offer and want to ask for more',
    script:
      'Thank you for the offer; I am really keen on the {role} role at {company} and on what the team is building. Given the scope we discussed{basis}, I was hoping for {counter}. Could you get closer to that? I am also open to talking about other parts of the package, such as a signing bonus, an earlier review, extra leave or a learning budget.',
    why: 'Thanks and enthusiasm first make it clear you want the job, so the counter reads as fitting the terms rather than doubting the move. One specific figure with a reason is easier to say yes to than a vague "a bit more", and naming other levers gives them room when the base is fixed.',
  },
  low_offer: {
    situation: 'The offer is well below what you hoped, close to the lowest you would take',
    script:
      'Thank you, I appreciate it and I am still very interested in the {role} role. I have to be honest that this is below what my research shows for the role{basis}; I was expecting nearer {counter}. Is there any flexibility in the base, or in other parts of the package? I would like a couple of days to think it over either way.',
    why: 'Staying warm but clear keeps the door open while telling them the gap is real. You never name your lowest acceptable figure: said out loud it becomes the ceiling. Take the time you asked for, compare their final answer with the walk-away you set beforehand, and decline politely if it stays below it.',
  },
};

/** How a script starts when a number it needs is missing; `{missing}` lists what to add. */
export const missingNumberScript =
  'Not ready yet: add {missing} to your salary preparation, and this script will be written with your own figures.';

/** How each missing figure is named in a "not ready yet" script. */
export const missingFigureNames = {
  target: 'your target salary',
  range: 'a researched range (low and high)',
  sources: 'where your market figures come from',
} as const;

/** Said in place of `{basis}` when no market sources are noted. */
export const noBasis = '';
/** How `{basis}` reads when there are sources; `{sources}` is the joined list. */
export const basisPhrase = ' (going by {sources})';

/** Where in the range the counter goes: this share of the way from target to range top. */
export const counterShareOfGap = 0.5;
/**
 * When the researched range tops out at or below the target, the anchor range still needs a top:
 * the target plus this share. Recruiters commonly quote bands about ±10% around a midpoint, so a
 * band a tenth wide reads as an ordinary range rather than a single disguised figure.
 */
export const anchorWidthShare = 0.1;
