/**
 * A plain-text résumé cut into its sections: the lines before the first heading (name, contact
 * details, a profile), then one section per heading. Headings are recognised by their words
 * ("Work history", "EDUCATION", "Skills:"), by Markdown (`## Projects`, underlines) and, in a
 * résumé whose headings are in capitals, by an unknown capitalised line standing alone.
 */
import type { EvidenceKind } from '../domain/resume.js';

export interface ResumeSection {
  /** The heading as written, without Markdown marks or a trailing colon; none for the preamble. */
  readonly heading?: string;
  /** What the section holds; `preamble` for the lines before the first heading. */
  readonly kind: EvidenceKind | 'preamble';
  readonly lines: readonly string[];
}

const ADJECTIVES =
  'professional|work|relevant|employment|career|industry|selected|recent|clinical|teaching|research|leadership|management|technical|other|additional|previous|prior|volunteer';

/** Whole headings, after lower-casing, `&` → `and` and dropping punctuation. */
const SECTION_HEADINGS: readonly (readonly [RegExp, EvidenceKind])[] = [
  [
    /^(volunteer(ing)?|voluntary)( experience| work| roles?)?$|^community( involvement| service| work)?$/,
    'volunteer',
  ],
  [new RegExp(`^((${ADJECTIVES}) )*(experience|experiences|history|background)$`), 'work'],
  [/^(employment|work|career|professional)( history| record)?$|^positions held$/, 'work'],
  [
    /^(education|academics?|academic (background|qualifications|history)|qualifications|degrees|training|courses|coursework)( and (training|qualifications|certifications?))?$/,
    'education',
  ],
  [
    /^((professional )?(certifications?|certificates?|licen[cs]es?|accreditations?|credentials))( and (licen[cs]es?|certifications?))?$/,
    'certificate',
  ],
  [
    /^(awards?|honou?rs|prizes|recognition|(key )?achievements|accomplishments)( and (awards?|honou?rs|achievements|recognition))?$/,
    'award',
  ],
  [
    /^((selected )?publications?|papers|talks|presentations|speaking|patents)( and (talks|publications|presentations|patents))?$/,
    'publication',
  ],
  [
    /^((selected|personal|side|key|academic|notable|relevant|recent|open source) )?projects$|^open source( contributions| work)?$|^portfolio$/,
    'project',
  ],
  [
    /^((technical|core|key|professional|relevant|hard|soft|it|computer|software|other|additional|language) )*(skills?|competenc(e|ies|y)|expertise|proficienc(y|ies)|strengths)( (and|summary) ?(tools|technologies|interests|qualifications|expertise)?)?$/,
    'skill',
  ],
  [
    /^(technologies|tools|tech stack|technical stack|(programming |spoken )?languages|tools and technologies|skills and tools)$/,
    'skill',
  ],
  [
    /^((professional|career|executive) )?(summary|profile|objective|overview)$|^about( me)?$|^personal (statement|profile)$|^(hobbies|interests)( and (hobbies|interests))?$|^references$|^additional information$|^(professional )?(memberships|affiliations)$|^activities$/,
    'other',
  ],
];

/** The kind of section a heading names, if it names one. */
export function sectionKindOf(heading: string): EvidenceKind | undefined {
  const normal = heading
    .toLowerCase()
    .replace(/&|\+/g, ' and ')
    .replace(/[^\p{L}\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (normal === '' || normal.split(' ').length > 6) return undefined;
  return SECTION_HEADINGS.find(([pattern]) => pattern.test(normal))?.[1];
}

const ATX = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const UNDERLINE = /^\s*(=+|-+)\s*$/;
const BULLET = /^\s*([•●○◦▪▫■□‣∙·➢➤►✓✔]|[*+\-–—]\s|\d{1,2}[.)]\s)/;
const INLINE_HEADING = /^\s*([\p{L}][\p{L} &/-]{1,40}):\s+(\S.*)$/u;
const DATE_LIKE = /\b(19[5-9]\d|20\d\d)\b|\bpresent\b/i;

/** Markdown emphasis, code marks and links as plain text; invisible characters gone. */
export function plainLine(line: string): string {
  return line
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_, text: string, url: string) => text || url)
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=$|[\s.,;:!?)])/g, '$1$2')
    .replace(/\s+$/, '');
}

const headingText = (text: string) =>
  text
    .trim()
    .replace(/^\d{1,2}[.)]\s+/, '')
    .replace(/\s*:$/, '')
    .trim();

const isCapitalised = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/** "WORK HISTORY" reads as "Work history" when it titles an item. */
const displayHeading = (text: string) =>
  isCapitalised(text) ? text.charAt(0) + text.slice(1).toLowerCase() : text;

/** A bare line that is a heading by its words alone: short, not a list item, not "Label: text". */
function knownHeading(line: string): string | undefined {
  if (BULLET.test(line) || /:\s*\S/.test(line)) return undefined;
  const text = headingText(line);
  return sectionKindOf(text) === undefined ? undefined : text;
}

/** Cuts a résumé's text into its preamble and sections. */
export function outlineResume(text: string): ResumeSection[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => plainLine(line));
  const capitalHeadings = lines.some((line) => {
    const heading = knownHeading(line);
    return heading !== undefined && isCapitalised(heading);
  });
  const nextText = (from: number) => lines.slice(from).find((line) => line.trim() !== '') ?? '';

  const sections: { heading?: string; kind: EvidenceKind | 'preamble'; lines: string[] }[] = [
    { kind: 'preamble', lines: [] },
  ];
  let level = 0;
  const current = () => sections[sections.length - 1]!;
  const open = (heading: string, headingLevel = 0) => {
    sections.push({
      heading: displayHeading(heading),
      kind: sectionKindOf(heading) ?? 'other',
      lines: [],
    });
    level = headingLevel;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const inPreamble = current().kind === 'preamble';
    const atx = ATX.exec(line);
    if (atx) {
      const heading = headingText(atx[2] ?? '');
      const depth = atx[1]?.length ?? 1;
      // "## Experience" then "### Engineer — Acme": a deeper unknown heading is an entry's title.
      if (sectionKindOf(heading) !== undefined) open(heading, depth);
      else if (inPreamble || (level > 0 && depth > level)) current().lines.push(heading);
      else open(heading, depth);
      continue;
    }
    const underline = lines[index + 1];
    if (
      underline !== undefined &&
      line.trim() !== '' &&
      UNDERLINE.test(underline) &&
      underline.trim().length >= 3 &&
      !BULLET.test(line)
    ) {
      const heading = headingText(line);
      if (sectionKindOf(heading) !== undefined || !inPreamble) open(heading);
      else current().lines.push(heading);
      index++;
      continue;
    }
    if (/^\s*([-*_=])(\s*\1){2,}\s*$/.test(line)) {
      current().lines.push(''); // A rule separates, like a blank line.
      continue;
    }
    const known = knownHeading(line);
    if (known !== undefined) {
      open(known);
      continue;
    }
    const previous = lines[index - 1]?.trim() ?? '';
    const inline = INLINE_HEADING.exec(line);
    const inlineKind = inline ? sectionKindOf(inline[1] ?? '') : undefined;
    if (inline && inlineKind !== undefined && previous === '' && inlineKind !== current().kind) {
      // "Interests: climbing, chess" is a section of one line; what follows continues the one before.
      const resumed = current();
      open(headingText(inline[1] ?? ''));
      current().lines.push(inline[2] ?? '');
      sections.push({ ...resumed, lines: [] });
      continue;
    }
    const bare = headingText(line);
    if (
      capitalHeadings &&
      !inPreamble &&
      previous === '' &&
      isCapitalised(bare) &&
      /^[\p{L}\s&/,'-]+$/u.test(bare) &&
      bare.split(/\s+/).length <= 4 &&
      !BULLET.test(line) &&
      // A capitalised company name is followed by its role and dates; a heading is not.
      !DATE_LIKE.test(nextText(index + 1))
    ) {
      open(bare);
      continue;
    }
    current().lines.push(line);
  }
  return sections.filter((section) => section.lines.some((line) => line.trim() !== ''));
}
