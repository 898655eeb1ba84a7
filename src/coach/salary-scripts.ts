/** Salary scripts written from the candidate's own numbers. */
import {
  anchorWidthShare,
  basisPhrase,
  counterShareOfGap,
  missingFigureNames,
  missingNumberScript,
  noBasis,
  salaryPhrasings,
  type SalarySituation,
} from '../content/salary-scripts.js';
import type { SalaryPrep } from '../domain/format-prep.js';
import { formatMoney } from './offer-checklist.js';

/** The numbers the scripts are written from. The walk-away is read only to keep it out. */
export type SalaryNumbers = Pick<
  SalaryPrep,
  'currency' | 'target' | 'rangeLow' | 'rangeHigh' | 'walkAway' | 'marketSources'
>;

export type MissingFigure = keyof typeof missingFigureNames;

/** One thing to say in one situation, and why it works. */
export interface SalaryScript {
  readonly id: SalarySituation;
  readonly situation: string;
  /** What to say; when figures are missing, what to add before it can be written. */
  readonly script: string;
  readonly why: string;
  /** False when the script still needs figures (listed in `missing`). */
  readonly ready: boolean;
  readonly missing: readonly MissingFigure[];
}

export interface SalaryScripts {
  readonly currency: string;
  /** The range to anchor with, bottom at or a little above the target; null until both are set. */
  readonly anchor: { readonly low: number; readonly high: number } | null;
  /** The figure to counter with after an offer; null until the target is set. */
  readonly counter: number | null;
  readonly scripts: readonly SalaryScript[];
}

export interface SalaryContext {
  readonly company: string;
  readonly role: string;
  /** Something the role does, from the posting's responsibilities, to turn the talk back to. */
  readonly focus?: string;
}

/**
 * Scripts for "what are your expectations?", for deferring pay before an offer, for countering
 * an offer and for answering a low one — written with the candidate's figures. The walk-away
 * figure never appears in any of them.
 * @example writeSalaryScripts(prep, { company: 'Larkspur', role: 'Product Manager' }).scripts[0].script
 */
export function writeSalaryScripts(
  numbers: SalaryNumbers | null,
  context: SalaryContext,
): SalaryScripts {
  const currency = numbers?.currency ?? 'EUR';
  const target = numbers?.target ?? null;
  const low = numbers?.rangeLow ?? null;
  const high = numbers?.rangeHigh ?? null;
  const sources = numbers?.marketSources ?? [];
  const money = (amount: number) => formatMoney(amount, currency);

  const anchor =
    target !== null && low !== null && high !== null ? anchorOf(target, low, high) : null;
  const counter = target === null ? null : counterOf(target, high);
  const lacking = (needs: readonly MissingFigure[]): MissingFigure[] =>
    needs.filter((figure) => {
      if (figure === 'target') return target === null;
      if (figure === 'range') return low === null || high === null;
      return sources.length === 0;
    });
  const values: Record<string, string> = {
    role: context.role,
    company: context.company,
    focus: context.focus ?? `what success looks like in the ${context.role} role`,
    basis: sources.length > 0 ? fill(basisPhrase, { sources: joinAnd(sources) }) : noBasis,
    anchorLow: anchor ? money(anchor.low) : '',
    anchorHigh: anchor ? money(anchor.high) : '',
    counter: counter === null ? '' : money(counter),
  };

  const script = (id: SalarySituation, needs: readonly MissingFigure[]): SalaryScript => {
    const phrasing = salaryPhrasings[id];
    const missing = lacking(needs);
    // Sources make a script stronger but are not needed to say it.
    const blocking = missing.filter((figure) => figure !== 'sources');
    const text =
      blocking.length > 0
        ? fill(missingNumberScript, {
            missing: joinAnd(missing.map((figure) => missingFigureNames[figure])),
          })
        : fill(phrasing.script, values);
    return {
      id,
      situation: phrasing.situation,
      script: withoutWalkAway(text, numbers?.walkAway ?? null, money),
      why: phrasing.why,
      ready: blocking.length === 0,
      missing,
    };
  };

  return {
    currency,
    anchor,
    counter,
    scripts: [
      script('expectations', ['target', 'range', 'sources']),
      script('defer', ['target', 'range']),
      script('counter', ['target', 'sources']),
      script('low_offer', ['target', 'sources']),
    ],
  };
}

/**
 * The range to quote: its bottom at the target or the researched low, whichever is higher, and
 * its top the researched high — widened when the research tops out at or below the target.
 */
export function anchorOf(target: number, low: number, high: number): { low: number; high: number } {
  const bottom = roundFigure(Math.max(target, low));
  const top = roundFigure(Math.max(high, bottom * (1 + anchorWidthShare)));
  return { low: bottom, high: top };
}

/** A figure part of the way from the target to the range top; the target when there is no room. */
export function counterOf(target: number, high: number | null): number {
  if (high === null || high <= target) return roundFigure(target);
  return roundFigure(target + (high - target) * counterShareOfGap);
}

/**
 * Round numbers sound researched; 87,350 sounds computed. Yearly salaries go to the thousand,
 * smaller figures (day or hour rates) to the ten.
 */
function roundFigure(amount: number): number {
  const step = amount >= 20_000 ? 1_000 : amount >= 1_000 ? 100 : 10;
  return Math.round(amount / step) * step;
}

/**
 * A last guard: should a computed figure coincide with the walk-away, the script names no figure
 * rather than reveal the line the candidate will not cross.
 */
function withoutWalkAway(
  text: string,
  walkAway: number | null,
  money: (amount: number) => string,
): string {
  if (walkAway === null) return text;
  return text.replaceAll(money(walkAway), 'a figure in line with my research');
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? '');
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
