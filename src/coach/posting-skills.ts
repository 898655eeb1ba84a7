/** Finds the skills, tools and technologies a posting names, from the curated skill lexicon. */
import { notSkillTokens, skillLexicon } from '../content/skill-lexicon.js';

interface SkillHit {
  readonly start: number;
  readonly end: number;
  /** Once per name: "Postgres" and "PostgreSQL" are one skill. */
  readonly key: string;
  /** As the posting writes it; in the lexicon's capitals when the posting wrote it all lower case. */
  readonly shown: string;
  /** A one-letter language ("C", "R") or "Go": trusted only beside another skill. */
  readonly needsCompany?: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word edges that let "C++", "C#", ".NET", "Node.js" and "A/B testing" through whole, and keep
// "SQL" in "T-SQL" or "React" in "Reactive" from matching on their own.
const LEFT = '(?<![A-Za-z0-9_.+#-])';
const RIGHT = '(?![A-Za-z0-9_+#]|\\.[A-Za-z0-9])';

function alternation(spellings: readonly string[], flags: string): RegExp {
  const sorted = [...new Set(spellings)].sort((a, b) => b.length - a.length);
  return new RegExp(`${LEFT}(?:${sorted.map(escape).join('|')})${RIGHT}`, flags);
}

interface Matchers {
  readonly anyCase: RegExp;
  readonly exact: RegExp;
  readonly byLowerSpelling: ReadonlyMap<string, string>;
  readonly byExactSpelling: ReadonlyMap<string, string>;
}

let matchers: Matchers | undefined;

/** Compiled once, on first use: one pattern for caseless spellings, one for exact ones. */
function compile(): Matchers {
  const byLowerSpelling = new Map<string, string>();
  const byExactSpelling = new Map<string, string>();
  for (const entry of skillLexicon) {
    for (const spelling of entry.spellings) byLowerSpelling.set(spelling.toLowerCase(), entry.name);
    for (const spelling of entry.exactSpellings) byExactSpelling.set(spelling, entry.name);
  }
  return {
    anyCase: alternation([...byLowerSpelling.keys()], 'gi'),
    exact: alternation([...byExactSpelling.keys()], 'g'),
    byLowerSpelling,
    byExactSpelling,
  };
}

function hit(start: number, surface: string, name: string, needsCompany = false): SkillHit {
  // "postgresql" reads better as "PostgreSQL"; "Demand planning" stays as the posting has it.
  const lowerOnly = surface === surface.toLowerCase() && name !== name.toLowerCase();
  const shown = lowerOnly && surface === name.toLowerCase() ? name : surface;
  return { start, end: start + surface.length, key: name.toLowerCase(), shown, needsCompany };
}

function lexiconHits(text: string, m: Matchers): SkillHit[] {
  const hits: SkillHit[] = [];
  for (const match of text.matchAll(m.anyCase)) {
    const name = m.byLowerSpelling.get(match[0].toLowerCase());
    if (name) hits.push(hit(match.index, match[0], name));
  }
  for (const match of text.matchAll(m.exact)) {
    const name = m.byExactSpelling.get(match[0]);
    const short = match[0].length === 1 || /^[A-Z][a-z]$/.test(match[0]);
    // "C-suite", "R&D", "Go-getter", "C's" are not the languages.
    const after = text.slice(match.index + match[0].length);
    if (name && !(short && /^[-&'’]/.test(after)))
      hits.push(hit(match.index, match[0], name, short));
  }
  return hits;
}

/** Camel-case product names the lexicon does not list: "PointClickCare", "HazMat". */
function camelCaseHits(text: string): SkillHit[] {
  const hits: SkillHit[] = [];
  for (const match of text.matchAll(/(?<![\w.+#-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![\w+#-])/g)) {
    if (!notSkillTokens.has(match[0])) hits.push(hit(match.index, match[0], match[0]));
  }
  return hits;
}

const SEPARATOR = /\s*(?:[,;()/:]|\bor\b|\band\b|\bsuch as\b|\bincluding\b|\be\.g\.|\blike\b)\s*/g;
const FILLER =
  /^(?:(?:a|an|the|any|other|some) )*(?:similar|equivalent|comparable|others?|etc\.?|related|alike)\b/i;
const NAME_LIKE = /^(?:[A-Z][\w.+#&'’-]*|[A-Z0-9]{2,}[\w.+#-]*)(?: [A-Z0-9][\w.+#&'’-]*){0,2}$/;

/**
 * Names listed beside a known skill: in "Airflow, Dagster or Prefect" and "Spanish, Arabic or
 * Dari", the capitalised names next to the known one are skills of the same kind.
 */
function siblingHits(text: string, known: readonly SkillHit[]): SkillHit[] {
  const segments: { start: number; text: string }[] = [];
  let cursor = 0;
  for (const separator of text.matchAll(SEPARATOR)) {
    segments.push({ start: cursor, text: text.slice(cursor, separator.index) });
    cursor = separator.index + separator[0].length;
  }
  segments.push({ start: cursor, text: text.slice(cursor) });
  const kinds = segments.map((segment) => {
    const end = segment.start + segment.text.length;
    if (known.some((h) => h.start < end && h.end > segment.start)) return 'known';
    const name = segment.text.trim();
    if (name === '' || FILLER.test(name)) return 'filler';
    // The first segment is capitalised because it starts the item, not because it is a name.
    const named = NAME_LIKE.test(name) && !notSkillTokens.has(name) && segment.start > 0;
    return named ? 'candidate' : 'other';
  });
  const hits: SkillHit[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.some((index) => kinds[index] === 'known')) {
      for (const index of run.filter((i) => kinds[i] === 'candidate')) {
        const segment = segments[index]!;
        const name = segment.text.trim();
        hits.push(hit(segment.start + segment.text.indexOf(name), name, name));
      }
    }
    run = [];
  };
  kinds.forEach((kind, index) => {
    if (kind === 'other') close();
    else run.push(index);
  });
  close();
  return hits;
}

/** Hits in order of position; where hits overlap, the one that starts first and runs longest. */
function resolve(hits: SkillHit[]): SkillHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SkillHit[] = [];
  for (const next of hits) {
    const last = kept.at(-1);
    if (last === undefined || next.start >= last.end) kept.push(next);
  }
  return kept.some((h) => !h.needsCompany) ? kept : [];
}

function hitsIn(text: string): SkillHit[] {
  matchers ??= compile();
  const known = resolve([...lexiconHits(text, matchers), ...camelCaseHits(text)]);
  return resolve([...known, ...siblingHits(text, known)]);
}

/**
 * The skills named in the given texts, each once, in order of first appearance, as the posting
 * writes them: lexicon skills ("Postgres" and "PostgreSQL" count once), camel-case product names
 * ("PointClickCare"), and capitalised names listed beside a known skill ("Dagster" in "Airflow,
 * Dagster or Prefect").
 * @example findSkills(['3+ years of Python and Postgres']) // ['Python', 'Postgres']
 */
export function findSkills(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const text of texts) {
    for (const found of hitsIn(text)) {
      if (seen.has(found.key)) continue;
      seen.add(found.key);
      skills.push(found.shown);
    }
  }
  return skills;
}

/** A listed skill ("Web development", "excel") by its lexicon name when it is exactly one. */
export function skillName(listed: string): string {
  const name = listed.trim();
  const [only, ...others] = hitsIn(name);
  return only && others.length === 0 && only.start === 0 && only.end === name.length
    ? only.shown
    : name;
}
