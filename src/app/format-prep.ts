/** Format prep: salary scripts, the personal "why" check, presentation rehearsal timing. */
import { timeRehearsal, type RehearsalReport } from '../coach/rehearsal.js';
import { writeSalaryScripts, type SalaryScripts } from '../coach/salary-scripts.js';
import { checkWhy, type WhyCheck } from '../coach/why-check.js';
import {
  checklistFormats,
  formatChecklists,
  type ChecklistFormat,
  type ChecklistItem,
} from '../content/format-checklists.js';
import type { PersonalWhy } from '../domain/format-prep.js';
import { runThroughSchema } from '../domain/rehearsal.js';
import type { AppContext } from './context.js';
import { ValidationError } from './errors.js';
import { postingOf } from './plan-round.js';
import { getRecord, listRecords } from './records.js';

interface OpportunitySummary {
  readonly id: string;
  readonly company: string;
  readonly role: string;
}

/** The salary scripts, and the walk-away kept apart under `private` for the candidate's own eyes. */
export interface SalaryScriptsView extends SalaryScripts {
  readonly opportunity: OpportunitySummary;
  /** Whether a salary preparation exists yet. */
  readonly prepared: boolean;
  readonly walkAwaySet: boolean;
  /**
   * The walk-away figure, for the candidate only. Doors leave it out unless the candidate asks
   * (`--show-walk-away`, `?showWalkAway=true`); nothing shared or printed includes it.
   */
  readonly private: { readonly walkAway: number | null };
}

/**
 * Salary scripts for an opportunity, written from the candidate's salary preparation: what to say
 * to "what are your expectations?", how to defer before an offer, how to counter one, and how to
 * answer a low one. The walk-away is never in a script.
 * @example const { scripts } = await salaryScripts(ctx, opportunityId)
 */
export async function salaryScripts(
  ctx: AppContext,
  opportunityId: string,
): Promise<SalaryScriptsView> {
  const opportunity = await getRecord(ctx, 'opportunity', opportunityId);
  const [prep] = await listRecords(ctx, 'salaryPrep', { opportunityId });
  const [responsibility] = postingOf(opportunity).responsibilities;
  const focus = responsibility
    ? `what "${responsibility.replace(/[.;:]+$/, '')}" involves day to day`
    : undefined;
  const scripts = writeSalaryScripts(prep ?? null, {
    company: opportunity.company,
    role: opportunity.role,
    ...(focus ? { focus } : {}),
  });
  return {
    opportunity: summaryOf(opportunity),
    prepared: prep !== undefined,
    ...scripts,
    walkAwaySet: prep?.walkAway != null,
    private: { walkAway: prep?.walkAway ?? null },
  };
}

export interface PersonalWhyView extends WhyCheck {
  readonly opportunity: OpportunitySummary;
  /** The three answers checked; empty strings when none are written yet. */
  readonly why: Pick<PersonalWhy, 'whyRole' | 'whyCompany' | 'whyNow'>;
  readonly written: boolean;
}

/**
 * Checks the candidate's personal "why" for an opportunity against what is specific to it: the
 * company name, its researched products, values and mission, and the posting's responsibilities,
 * skills and role title.
 * @example const { findings } = await checkPersonalWhy(ctx, opportunityId)
 */
export async function checkPersonalWhy(
  ctx: AppContext,
  opportunityId: string,
): Promise<PersonalWhyView> {
  const opportunity = await getRecord(ctx, 'opportunity', opportunityId);
  const [why] = await listRecords(ctx, 'personalWhy', { opportunityId });
  const [research] = await listRecords(ctx, 'companyResearch', { opportunityId });
  const posting = postingOf(opportunity);
  const answers = {
    whyRole: why?.whyRole ?? '',
    whyCompany: why?.whyCompany ?? '',
    whyNow: why?.whyNow ?? '',
  };
  const check = checkWhy(answers, {
    company: opportunity.company,
    role: opportunity.role,
    products: research?.products ?? [],
    values: research?.values ?? [],
    mission: research?.mission ?? null,
    responsibilities: posting.responsibilities,
    skills: posting.skills,
  });
  return {
    opportunity: summaryOf(opportunity),
    why: answers,
    written: why !== undefined,
    ...check,
  };
}

export interface RehearsalReportView extends RehearsalReport {
  readonly plan: { readonly id: string; readonly topic: string };
}

/**
 * Times a run-through of a presentation plan: `timestamps` are the start, each "next section" and
 * the end, as ISO instants from the rehearsal clock. Returns each section's actual against planned
 * time, the total against the limit, and findings.
 * @example await rehearsalReport(ctx, planId, ['2026-11-20T09:00:00Z', …, '2026-11-20T09:10:05Z'])
 */
export async function rehearsalReport(
  ctx: AppContext,
  planId: string,
  timestamps: unknown,
): Promise<RehearsalReportView> {
  const plan = await getRecord(ctx, 'presentationPlan', planId);
  const parsed = runThroughSchema.safeParse(timestamps);
  if (!parsed.success) throw ValidationError.fromZod('run-through timestamps', parsed.error);
  const most = Math.max(plan.sections.length, 1) + 1;
  if (parsed.data.length > most) {
    throw new ValidationError(
      `A run-through of ${plan.sections.length} sections has at most ${most} timestamps (start, each next section, end), not ${parsed.data.length}.`,
      [{ field: 'timestamps', message: `at most ${most} timestamps` }],
    );
  }
  const report = timeRehearsal(plan, parsed.data);
  return { plan: { id: plan.id, topic: plan.topic }, ...report };
}

export interface FormatChecklist {
  readonly format: ChecklistFormat;
  readonly items: readonly ChecklistItem[];
}

/**
 * The preparation checklist for an interview format. Accepts `case-study` as well as `case_study`.
 * @example formatChecklist('informal-meal').items[0].text
 */
export function formatChecklist(format: string): FormatChecklist {
  const key = format.trim().toLowerCase().replaceAll('-', '_');
  const known = checklistFormats.find((candidate) => candidate === key);
  if (!known) {
    const names = checklistFormats.map((name) => name.replaceAll('_', '-')).join(', ');
    throw new ValidationError(`No checklist for "${format}". Formats with one: ${names}.`, [
      { field: 'format', message: `one of ${names}` },
    ]);
  }
  return { format: known, items: formatChecklists[known] };
}

const summaryOf = (opportunity: OpportunitySummary): OpportunitySummary => ({
  id: opportunity.id,
  company: opportunity.company,
  role: opportunity.role,
});
