/** An interviewer as a vCard 4.0 contact (RFC 6350). */
import { contentLine, contentLines, escapeText } from './content-line.js';
import { utcValue } from './vtimezone.js';

export interface InterviewerCardInput {
  readonly interviewer: {
    readonly id: string;
    readonly name: string;
    readonly title?: string | null;
    readonly department?: string | null;
    readonly email?: string | null;
    readonly profileUrl?: string | null;
    readonly priorities?: readonly string[];
    /** When the record last changed (REV). */
    readonly updatedAt?: string;
  };
  /** The interviewer's company: the opportunity's. */
  readonly company: string;
}

/**
 * A vCard TEXT value (RFC 6350 §3.4): backslash, comma and line breaks escaped; a semicolon only
 * inside a compound value (N, ORG), where it would otherwise separate components.
 */
function cardText(value: string): string {
  return escapeText(value).replace(/\\;/g, ';');
}

/** Words that start a family name ("de Wit", "van der Berg"), written in lower case. */
const particles = new Set([
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'del',
  'della',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'al',
  'dos',
  'das',
]);
const prefixes = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
]);
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);

/** The structured name N: family; given; additional; prefixes; suffixes. */
export function nameParts(name: string): [string, string, string, string, string] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const bare = (word: string) => word.toLowerCase().replace(/[.,]/g, '');
  const prefix: string[] = [];
  const suffix: string[] = [];
  while (words.length > 1 && prefixes.has(bare(words[0] as string)))
    prefix.push(words.shift() as string);
  while (words.length > 1 && suffixes.has(bare(words.at(-1) as string)))
    suffix.unshift(words.pop() as string);
  if (words.length === 1) return [words[0] as string, '', '', prefix.join(' '), suffix.join(' ')];
  let cut = words.length - 1;
  while (cut > 1 && particles.has(words[cut - 1] as string)) cut -= 1;
  const given = words.slice(0, cut);
  return [
    words.slice(cut).join(' '),
    given[0] ?? '',
    given.slice(1).join(' '),
    prefix.join(' '),
    suffix.join(' ').replace(/,$/, ''),
  ];
}

/**
 * A vCard 4.0 for one interviewer: name, company and department, title, work email, profile
 * link and what they care about as a note. The UID follows the record, so importing it again
 * updates the contact.
 * @example interviewerCard({ interviewer: { id: 'i1', name: 'Femke de Wit' }, company: 'Larkspur Freight' })
 */
export function interviewerCard({ interviewer, company }: InterviewerCardInput): string {
  const structured = (parts: readonly string[]) => parts.map((part) => escapeText(part)).join(';');
  const org = [company, interviewer.department ?? ''].filter(
    (part, index) => index === 0 || part.trim() !== '',
  );
  const priorities = interviewer.priorities ?? [];
  return contentLines([
    'BEGIN:VCARD',
    contentLine('VERSION', '4.0'),
    contentLine('PRODID', '-//Round Two//Round Two//EN'),
    contentLine('UID', `interviewer-${interviewer.id}@roundtwo.local`, { VALUE: 'text' }),
    contentLine('KIND', 'individual'),
    contentLine('FN', cardText(interviewer.name.trim())),
    contentLine('N', structured(nameParts(interviewer.name))),
    contentLine('ORG', structured(org.map((part) => part.trim()))),
    ...(interviewer.title?.trim()
      ? [contentLine('TITLE', cardText(interviewer.title.trim()))]
      : []),
    ...(interviewer.email ? [contentLine('EMAIL', interviewer.email, { TYPE: 'work' })] : []),
    ...(interviewer.profileUrl ? [contentLine('URL', interviewer.profileUrl)] : []),
    ...(priorities.length > 0
      ? [
          contentLine(
            'NOTE',
            cardText(`Priorities:\n${priorities.map((item) => `- ${item}`).join('\n')}`),
          ),
        ]
      : []),
    ...(interviewer.updatedAt ? [contentLine('REV', utcValue(interviewer.updatedAt))] : []),
    'END:VCARD',
  ]);
}
