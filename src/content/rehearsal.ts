/** Thresholds and advice for timing a presentation run-through, in Round Two's own words. */
import type { Threshold } from './thresholds.js';

/**
 * A section that runs more than a quarter over its plan is the one that eats the closing: one
 * section 25% over in a four-part talk already costs the conclusion most of its time.
 */
export const sectionOverrunShare: Threshold = {
  value: 25,
  unit: 'percent over the planned minutes',
  source:
    'Toastmasters timing practice allows a short grace period either side of a speech’s time; a quarter over, applied to one section of a typical four-part talk, uses up most of the time planned for the close.',
};

/** Planned minutes within this many of the time limit count as adding up. */
export const planToleranceMinutes = 0.5;

export const rehearsalAdvice = {
  sectionOver:
    'Cut this section to its one main point, or move time to it from a section that finished early and change the plan to match.',
  totalOver:
    'Panels often stop a talk at the limit, and the close is what gets lost. Trim until a run-through finishes with a minute to spare, leaving room for questions.',
  planOver:
    'The plan itself does not fit the time limit: take minutes out of the sections before rehearsing again.',
  planUnder:
    'The plan leaves minutes unassigned: give them to a section, or keep them as room for questions and say so.',
  notReached:
    'The run-through stopped before these sections: time the whole talk at least once, end to end.',
} as const;
