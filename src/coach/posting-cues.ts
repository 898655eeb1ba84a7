/** Reads one posting item or sentence for what it is: a must-have, a nice-to-have, a duty, or none. */
import {
  alwaysExcludedCues,
  companyStoryCues,
  dutyVerbs,
  preferenceQualifier,
  responsibilityCues,
  softExcludedCues,
  strongPreferredCues,
  strongRequirementCues,
  weakPreferredCues,
  weakRequirementCues,
} from '../content/posting-lexicon.js';
import { cueText } from './posting-lines.js';

export type PostingCategory = 'requirement' | 'preferred' | 'responsibility';

const matches = (patterns: readonly RegExp[], text: string) =>
  patterns.some((pattern) => pattern.test(text));

const verbs = new Set(dutyVerbs);

/**
 * The text with parenthetical remarks left out, unless the remark is the whole verdict: "(BSN
 * preferred)" qualifies a must-have, "(preferred)" makes the item a nice-to-have.
 */
function withoutAsides(text: string): string {
  return text.replace(/\(([^)]*)\)/g, (aside, inner: string) =>
    /^\s*(strongly )?(preferred|a plus|nice to have|desirable|desired|optional|bonus)\b[^,]*$/.test(
      inner,
    )
      ? aside
      : ' ',
  );
}

/** Cue-readable form of an item: lower case, straight quotes, parenthetical asides left out. */
export function cueForm(text: string): string {
  return withoutAsides(cueText(text));
}

export const isAlwaysExcluded = (cue: string) => matches(alwaysExcludedCues, cue);
export const isSoftExcluded = (cue: string) => matches(softExcludedCues, cue);
export const hasStrongRequirement = (cue: string) => matches(strongRequirementCues, cue);
export const hasStrongPreferred = (cue: string) => matches(strongPreferredCues, cue);

/** The company speaking of itself, and not to the candidate. */
export const isCompanyStory = (cue: string) =>
  matches(companyStoryCues, cue) &&
  !/\byou (have|bring|are|must|should|need|know|can)\b|\bcandidates?\b|\bapplicants?\b/.test(cue);

/** "a plus", "preferred", "desirable"… and not outweighed by "required" or "must". */
export function readsPreferred(cue: string): boolean {
  if (hasStrongPreferred(cue)) return true;
  const qualifier = preferenceQualifier.exec(cue);
  if (qualifier && !hasStrongRequirement(cue.slice(0, qualifier.index))) return true;
  return matches(weakPreferredCues, cue) && !/\b(must|required|mandatory)\b/.test(cue);
}

/** Starts like a duty: "Manage…", "Builds…", "Work closely with…". */
export function startsWithDutyVerb(text: string): boolean {
  const first = /^[A-Za-z]+/.exec(text.trim())?.[0]?.toLowerCase();
  if (first === undefined) return false;
  if (verbs.has(first)) return true;
  const base = first.endsWith('ies')
    ? `${first.slice(0, -3)}y`
    : first.replace(/(ss|sh|ch|x|z|o)es$/, '$1').replace(/s$/, '');
  return verbs.has(base);
}

/**
 * The category loose text reads as by its own words: a nice-to-have cue first, then a strong
 * must-have cue, then a duty (a "you will" sentence or a leading verb), then softer must-have
 * words ("strong", "ability to"). Undefined when nothing says.
 */
export function cueCategory(text: string): PostingCategory | undefined {
  const cue = cueForm(text);
  if (readsPreferred(cue)) return 'preferred';
  const duty = matches(responsibilityCues, cue) || startsWithDutyVerb(text);
  if (hasStrongRequirement(cue) && !(duty && /^(you('ll| will)|responsible)\b/.test(cue))) {
    return 'requirement';
  }
  if (duty) return 'responsibility';
  if (matches(weakRequirementCues, cue)) return 'requirement';
  return undefined;
}
