/**
 * Pulls the must-haves, nice-to-haves, duties and skills out of a job posting, whatever shape it
 * came in: headed sections, bullets (nested or numbered), or plain prose.
 */
import type { PostingDocument } from '../domain/posting.js';
import {
  cueCategory,
  cueForm,
  hasStrongPreferred,
  hasStrongRequirement,
  isAlwaysExcluded,
  isCompanyStory,
  isSoftExcluded,
  readsPreferred,
  startsWithDutyVerb,
  type PostingCategory,
} from './posting-cues.js';
import { outlinePosting, type PostingUnit, type SectionKind } from './posting-outline.js';
import { findSkills, skillName } from './posting-skills.js';
import { titleAndCompany } from './posting-title.js';

export interface PostingExtraction {
  readonly title?: string;
  readonly company?: string;
  /** Must-haves, as they read in the posting. */
  readonly requirements: string[];
  /** Nice-to-haves: "a plus", "preferred", "bonus points", a "Nice to have" section. */
  readonly preferred: string[];
  /** What the job holder will do. */
  readonly responsibilities: string[];
  /** Skills, tools and technologies named among the requirements, preferences and skill lists. */
  readonly skills: string[];
}

/** Structured lists of a JSON-LD or JSON Resume posting, and the section each stands for. */
const STRUCTURED: readonly (readonly [keyof PostingDocument, SectionKind])[] = [
  ['responsibilities', 'responsibilities'],
  ['qualifications', 'requirements'],
  ['experienceRequirements', 'requirements'],
  ['educationRequirements', 'requirements'],
  ['skills', 'skills'],
];

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

const SKILL_LIST_SEPARATOR = /\s*[,;]\s*|\s+(?:and|or|\/)\s+/;

/** "Excel, SQL, Tableau" or "Web development": names of skills rather than a sentence. */
function isSkillList(text: string): boolean {
  const parts = text.split(SKILL_LIST_SEPARATOR);
  return !/[.!?]$/.test(text.trim()) && parts.every((part) => words(part) <= 4);
}

/**
 * An item that joins a must-have and a nice-to-have ("SQL required; dbt a plus") becomes two;
 * anything else stays whole.
 */
function splitMixed(unit: PostingUnit): PostingUnit[] {
  if (unit.section === 'responsibilities' || unit.section === 'excluded') return [unit];
  const parts = unit.text.split(/;\s+|(?<=\.)\s+(?=[A-Z])/).filter((part) => part.trim() !== '');
  if (parts.length < 2) return [unit];
  const preferred = parts.map((part) => readsPreferred(cueForm(part)));
  if (preferred.every(Boolean) || !preferred.some(Boolean)) return [unit];
  return parts.map((part) => ({ ...unit, text: part.trim() }));
}

/** The category of one unit in its section, or undefined when it is none of the three. */
function categorise(unit: PostingUnit): PostingCategory | undefined {
  const { text, section } = unit;
  const cue = cueForm(text);
  if (words(text) === 0 || isAlwaysExcluded(cue) || /[?:]$/.test(text.trim())) return undefined;
  const aside = isSoftExcluded(cue) && !hasStrongRequirement(cue);
  switch (section) {
    case 'excluded':
    case 'stack':
      return undefined;
    case 'requirements':
    case 'skills':
    case 'preferred': {
      if (aside) return undefined;
      // Prose after a list often closes the posting ("This post is subject to checks"): a
      // sentence counts only when its words ask something of the candidate.
      if (unit.form === 'sentence' && (isCompanyStory(cue) || cueCategory(text) === undefined)) {
        return undefined;
      }
      if (section === 'preferred') return 'preferred';
      return readsPreferred(cue) ? 'preferred' : 'requirement';
    }
    case 'responsibilities':
      if (aside && !startsWithDutyVerb(text) && cueCategory(text) !== 'responsibility') {
        return undefined;
      }
      return hasStrongPreferred(cue) ? 'preferred' : 'responsibility';
    case 'role':
      if (aside || (unit.form === 'sentence' && isCompanyStory(cue))) return undefined;
      return cueCategory(text) ?? (unit.form === 'item' ? 'responsibility' : undefined);
    case 'neutral':
      return aside || isCompanyStory(cue) ? undefined : cueCategory(text);
  }
}

const keyWords = (key: string) => key.replace(/['’]s\b/g, '').split(/[^a-z0-9+#]+/);

/**
 * Whether a JSON-LD property repeats an item the description already gave: every word of the
 * short form ("Bachelor degree") is in one earlier item ("Bachelor's degree in statistics…").
 */
function restates(key: string, earlier: readonly string[]): boolean {
  const wanted = keyWords(key).filter((word) => word !== '');
  return earlier.some((item) => {
    const have = new Set(keyWords(itemKey(item)));
    return wanted.every((word) => have.has(word));
  });
}

const itemKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,!]+$/, '');

/**
 * Reads a posting document into requirements, preferred qualifications, responsibilities and
 * skills. Items keep the posting's wording, without bullet marks or numbering. Benefits, the
 * company's story, equal-opportunity statements, how to apply and pay are left out.
 * Pure and deterministic.
 * @example
 * extractPosting({ sourceFormat: 'text', description: 'Requirements\n- 3+ years of SQL\n- Tableau is a plus' })
 * // { requirements: ['3+ years of SQL'], preferred: ['Tableau is a plus'], responsibilities: [], skills: ['SQL', 'Tableau'] }
 */
export function extractPosting(document: PostingDocument): PostingExtraction {
  const outline = outlinePosting(document.description);
  const units: (PostingUnit & { structured?: boolean })[] = [...outline.units];
  for (const [field, section] of STRUCTURED) {
    const entries = document[field];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      units.push(...outlinePosting(entry, section).units.map((u) => ({ ...u, structured: true })));
    }
  }

  const found: Record<PostingCategory, string[]> = {
    requirement: [],
    preferred: [],
    responsibility: [],
  };
  const seen = new Set<string>();
  const skillSources: { text: string; named: boolean }[] = [];
  for (const unit of units) {
    const text = unit.text.replace(/\s+/g, ' ').trim();
    if (unit.section === 'stack' || (unit.section === 'skills' && isSkillList(text))) {
      skillSources.push({ text, named: unit.section === 'skills' });
      continue;
    }
    for (const part of splitMixed({ ...unit, text })) {
      const category = categorise(part);
      if (category === undefined) continue;
      if (category !== 'responsibility') skillSources.push({ text: part.text, named: false });
      const key = itemKey(part.text);
      if (seen.has(key) || (unit.structured && restates(key, found[category]))) continue;
      seen.add(key);
      found[category].push(part.text);
    }
  }

  return {
    ...titleAndCompany(document, outline, document.description),
    requirements: found.requirement,
    preferred: found.preferred,
    responsibilities: found.responsibility,
    skills: skillsFrom(skillSources),
  };
}

/**
 * Skills in order of first appearance. Items of a "Skills" list are skills themselves ("Web
 * development"), reported by their lexicon name when they have one; other texts are searched.
 */
function skillsFrom(sources: readonly { text: string; named: boolean }[]): string[] {
  const skills: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      skills.push(name);
    }
  };
  for (const source of sources) {
    if (!source.named) {
      findSkills([source.text]).forEach(add);
      continue;
    }
    for (const part of source.text.split(SKILL_LIST_SEPARATOR)) {
      const name = part.replace(/[.\s]+$/, '').trim();
      if (name !== '') add(skillName(name));
    }
  }
  return skills;
}
