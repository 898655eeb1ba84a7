import type { ChecklistFormat } from '../../content/format-checklists.js';

/**
 * What readiness makes of each format's checklist ticks, as the prep page says it. It must match
 * src/coach/readiness-prep.ts, which counts the ticks of the panel, case study, skills test and
 * informal meal only: a presentation is judged by its plan and its latest run-through, and meeting
 * the team has no item.
 */
export const checklistReadiness = {
  panel: { counted: true, note: 'Readiness counts these ticks.' },
  case_study: { counted: true, note: 'Readiness counts these ticks.' },
  skills_test: { counted: true, note: 'Readiness counts these ticks.' },
  informal_meal: { counted: true, note: 'Readiness counts these ticks.' },
  presentation: {
    counted: false,
    note: 'These ticks are for you: readiness follows your presentation plan on this page (a time limit and timed sections that fit it) and your latest run-through against the clock.',
  },
  team_meet: {
    counted: false,
    note: 'These ticks are for you: readiness has no item for meeting the team.',
  },
} as const satisfies Record<ChecklistFormat, { counted: boolean; note: string }>;
