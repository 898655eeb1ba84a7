/** The job title and the company, when the posting's structure does not give them. */
import { companyLabels, titleLabels } from '../content/posting-lexicon.js';
import type { PostingOutline } from './posting-outline.js';
import { classifyHeading, cueText } from './posting-lines.js';

export interface TitleAndCompany {
  readonly title?: string;
  readonly company?: string;
}

const NAME = "[A-Z][\\w&.'’-]*(?: (?:of |& |and )?[A-Z][\\w&.'’-]*){0,4}";
const SENTENCE_START = '(?:^|[.!?]\\s+)';
const COMPANY_VERBS =
  'is|was|has been|provides|builds|makes|serves|runs|operates|designs|develops|helps|sells|creates|offers|hauls|hires';
/** Sentences that name the company: "Acme is hiring", "At Acme, we…", "Acme builds…". */
const COMPANY_IN_TEXT = [
  new RegExp(`${SENTENCE_START}(${NAME}) (?:${COMPANY_VERBS})\\b`, 'gm'),
  new RegExp(`\\bAt (${NAME}), (?:we|our)\\b`, 'g'),
  new RegExp(`\\b[Jj]oin (${NAME}) (?:as|in|and)\\b`, 'g'),
];
const NOT_A_NAME =
  /^(The|This|That|It|Our|We|You|Your|Here|There|Each|Every|Who|What|Position|Role|Job|Team|Company|Experience|Pay|Salary|Everyone|Nobody)\b(?!\s[A-Z])/;
const TITLE_AT_COMPANY = /^(.+?)\s+(?:at|@)\s+(.+)$/;

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s#*_-]+|[\s*_:.-]+$/g, '')
    .trim();

function fact(outline: PostingOutline, labels: RegExp): string | undefined {
  return outline.facts.find((entry) => labels.test(entry.label))?.value;
}

const NOT_COMPANY =
  /^(remote|hybrid|on-?site|full[- ]time|part[- ]time|permanent|contract|temporary)\b/i;

/**
 * "Lakeside Community Hospital · Duluth, MN" on the line after the title: a name of two words or
 * more before a separator, not followed by a bare state code ("New York, NY").
 */
function companyLine(outline: PostingOutline, title: string | undefined): string | undefined {
  const line = outline.secondLine;
  if (line === undefined) return undefined;
  const [first, next] = line.split(/\s+[·|–—-]\s+|,\s*/);
  const name = first?.trim() ?? '';
  if (!new RegExp(`^${NAME}$`).test(name) || name.split(' ').length < 2) return undefined;
  if (title !== undefined && clean(title).startsWith(name)) return undefined;
  if (NOT_COMPANY.test(name) || /^[A-Z]{2}\b/.test(next?.trim() ?? '')) return undefined;
  return name;
}

function aboutHeading(outline: PostingOutline): string | undefined {
  for (const heading of outline.headings) {
    const match = /^about\s+(.+?):?$/i.exec(clean(heading));
    const name = match?.[1];
    if (name && /^[A-Z]/.test(name) && !/^(the|this|our|us|you)\b/i.test(name)) return name;
  }
  return undefined;
}

/** The earliest company name the opening sentences give. */
function companyInText(head: string): string | undefined {
  let best: { index: number; name: string } | undefined;
  for (const pattern of COMPANY_IN_TEXT) {
    for (const match of head.matchAll(pattern)) {
      const name = match[1];
      if (name === undefined || NOT_A_NAME.test(name)) continue;
      if (best === undefined || match.index < best.index) best = { index: match.index, name };
      break;
    }
  }
  return best?.name;
}

/**
 * Title and company from what the document states, else from "Job title:"/"Company:" lines,
 * a first line that is not a section heading ("Senior Data Analyst at Acme"), an "About Acme"
 * heading, or sentences such as "Acme is hiring" and "At Acme, we…".
 */
export function titleAndCompany(
  stated: TitleAndCompany,
  outline: PostingOutline,
  prose: string,
): TitleAndCompany {
  let title = stated.title ?? fact(outline, titleLabels);
  let company = stated.company ?? fact(outline, companyLabels);
  const first = outline.firstLine;
  if (title === undefined && first !== undefined && classifyHeading(first) === undefined) {
    if (!/[.!?]$/.test(first.trim()) && !/^(we|our|join|about)\b/.test(cueText(first))) {
      title = first;
    }
  }
  if (title !== undefined) {
    const split = TITLE_AT_COMPANY.exec(clean(title));
    if (split?.[1] && split[2] && company === undefined) {
      title = split[1];
      company = split[2];
    }
  }
  company ??= companyLine(outline, title);
  company ??= aboutHeading(outline);
  company ??= companyInText(prose.slice(0, 2_000));
  const result: { title?: string; company?: string } = {};
  if (title !== undefined && clean(title) !== '') result.title = clean(title);
  if (company !== undefined && clean(company) !== '') result.company = clean(company);
  return result;
}
