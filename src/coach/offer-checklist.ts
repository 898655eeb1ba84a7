/** The negotiation checklist for an offer, built on the candidate's salary preparation. */
import {
  counterScript,
  missingSalaryAdvice,
  offerSteps,
  type OfferStep,
} from '../content/offer-checklist.js';
import { questionsToAskBank } from '../content/questions-to-ask-bank.js';
import type { AudienceKind } from '../domain/interviewer.js';
import type { SalaryPrep } from '../domain/format-prep.js';

export type OfferSalaryPrep = Pick<
  SalaryPrep,
  'currency' | 'target' | 'rangeLow' | 'rangeHigh' | 'walkAway' | 'marketSources'
>;

export interface OfferQuestion {
  readonly id: string;
  readonly text: string;
  readonly why: string;
  readonly audiences: readonly AudienceKind[];
}

export interface OfferChecklist {
  readonly opportunity: { readonly company: string; readonly role: string };
  /** The figures that may be discussed with the employer, and what the candidate can say about them. */
  readonly salary: {
    readonly currency: string | null;
    readonly target: number | null;
    readonly rangeLow: number | null;
    readonly rangeHigh: number | null;
    readonly marketSources: readonly string[];
    /** Whether a walk-away figure is set; its value is under `private` only. */
    readonly walkAwaySet: boolean;
    /** Where the target sits in the range, and that the walk-away is set — never its value. */
    readonly summary: readonly string[];
    /** What to prepare before replying. */
    readonly missing: readonly string[];
  };
  /**
   * For the candidate's eyes only: the walk-away figure and checks that mention it. A door shows
   * these only on the candidate's own request, and nothing shared or printed includes them.
   */
  readonly private: {
    readonly walkAway: number | null;
    readonly checks: readonly string[];
  };
  /** A counter-proposal naming the target, when there is one. */
  readonly counterScript: string | null;
  readonly steps: readonly OfferStep[];
  /** Questions for after an offer, from the bank of questions to ask. */
  readonly questions: readonly OfferQuestion[];
}

/** "€95,000"; a currency Intl does not know is written as "95,000 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${new Intl.NumberFormat('en-GB').format(amount)} ${currency}`;
  }
}

/**
 * The checklist for an offer: the target against the researched range, whether a walk-away is
 * set (its value kept apart, under `private`), a counter-proposal with the target, the steps from
 * "get it in writing" to "accept in writing, then resign", and the after-offer questions.
 * @example buildOfferChecklist({ company: 'Larkspur', role: 'PM' }, prep).salary.summary
 */
export function buildOfferChecklist(
  opportunity: { readonly company: string; readonly role: string },
  prep: OfferSalaryPrep | null,
): OfferChecklist {
  const questions = questionsToAskBank
    .filter((question) => question.when === 'after_offer')
    .map(({ id, text, why, audiences }) => ({ id, text, why, audiences }));
  const money = (amount: number) => formatMoney(amount, prep?.currency ?? 'EUR');
  const summary: string[] = [];
  const missing: string[] = [];
  const checks: string[] = [];
  if (!prep) missing.push(missingSalaryAdvice.prep);
  const target = prep?.target ?? null;
  const low = prep?.rangeLow ?? null;
  const high = prep?.rangeHigh ?? null;
  const walkAway = prep?.walkAway ?? null;

  if (prep) {
    if (target === null) missing.push(missingSalaryAdvice.target);
    if (low === null || high === null) missing.push(missingSalaryAdvice.range);
    if (walkAway === null) missing.push(missingSalaryAdvice.walkAway);
    if (prep.marketSources.length === 0) missing.push(missingSalaryAdvice.sources);
  }
  if (target !== null && low !== null && high !== null) {
    summary.push(targetAgainstRange(money(target), target, low, high, money));
  } else if (target !== null) {
    summary.push(`Your target is ${money(target)}.`);
  } else if (low !== null && high !== null) {
    summary.push(`Your researched range is ${money(low)}–${money(high)}.`);
  }
  if (walkAway !== null) {
    summary.push(
      'Your walk-away is set. Keep it to yourself: it is for your decision, not the conversation.',
    );
    if (target !== null && walkAway > target) {
      checks.push(
        `Your walk-away (${money(walkAway)}) is above your target (${money(target)}): one of the two needs another look.`,
      );
    }
    if (low !== null && walkAway < low) {
      checks.push(
        `Your walk-away (${money(walkAway)}) is below your researched range: you could accept less than the market pays.`,
      );
    }
  }

  const reason = prep && prep.marketSources.length > 0 ? joinAnd(prep.marketSources) : null;
  const script =
    target === null
      ? null
      : fill(reason ? counterScript.withReason : counterScript.withoutReason, {
          role: opportunity.role,
          company: opportunity.company,
          target: money(target),
          reason: reason ?? '',
        });
  return {
    opportunity: { company: opportunity.company, role: opportunity.role },
    salary: {
      currency: prep?.currency ?? null,
      target,
      rangeLow: low,
      rangeHigh: high,
      marketSources: prep?.marketSources ?? [],
      walkAwaySet: walkAway !== null,
      summary,
      missing,
    },
    private: { walkAway, checks },
    counterScript: script,
    steps: offerSteps,
    questions,
  };
}

function targetAgainstRange(
  shown: string,
  target: number,
  low: number,
  high: number,
  money: (amount: number) => string,
): string {
  const range = `your researched range (${money(low)}–${money(high)})`;
  if (target > high) {
    return `Your target, ${shown}, is above ${range}: be ready to say what makes you worth more than the market rate.`;
  }
  if (target < low) {
    return `Your target, ${shown}, is below ${range}: you may be asking for less than the role pays.`;
  }
  const half = high === low || (target - low) / (high - low) > 0.5 ? 'upper' : 'lower';
  return `Your target, ${shown}, sits in the ${half} half of ${range}.`;
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? '');
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
