import type { SalaryScripts } from '../coach/salary-scripts.js';
import type { WhyCheck } from '../coach/why-check.js';
import type { ChecklistItem } from '../content/format-checklists.js';
import { request } from './api.js';

/**
 * `GET /opportunities/{id}/salary-scripts` as the web app asks for it: without the walk-away,
 * which the page never needs outside its own field.
 */
export interface SalaryScriptsView extends SalaryScripts {
  readonly prepared: boolean;
  readonly walkAwaySet: boolean;
}

/** `GET /opportunities/{id}/why-check`: findings on the candidate's personal "why". */
export interface WhyCheckView extends WhyCheck {
  readonly written: boolean;
}

/** `GET /formats/{format}/checklist`. */
export interface FormatChecklistView {
  readonly format: string;
  readonly items: readonly ChecklistItem[];
}

const opportunityPath = (id: string) => `/opportunities/${encodeURIComponent(id)}`;

/** The format prep endpoints of the HTTP API. Every call throws an ApiProblem on failure. */
export const prepApi = {
  salaryScripts(opportunityId: string): Promise<SalaryScriptsView> {
    return request('GET', `${opportunityPath(opportunityId)}/salary-scripts`);
  },
  whyCheck(opportunityId: string): Promise<WhyCheckView> {
    return request('GET', `${opportunityPath(opportunityId)}/why-check`);
  },
  formatChecklist(format: string): Promise<FormatChecklistView> {
    return request('GET', `/formats/${encodeURIComponent(format.replaceAll('_', '-'))}/checklist`);
  },
};
