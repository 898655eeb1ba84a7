/**
 * The line-level reading of a posting's text: which lines are headings, list items (with their
 * nesting) or prose, with bullet marks, numbering and Markdown emphasis taken off.
 */
import { factLabels, headingCues, type PostingSectionKind } from '../content/posting-lexicon.js';

export type PostingLine =
  | { readonly kind: 'blank' }
  | { readonly kind: 'heading'; readonly text: string; readonly explicit: boolean }
  | {
      readonly kind: 'bullet';
      readonly indent: number;
      readonly marker: string;
      readonly text: string;
    }
  | { readonly kind: 'text'; readonly indent: number; readonly text: string }
  /** "Location: Remote": a fact about the job, never an item. */
  | { readonly kind: 'fact'; readonly label: string; readonly value: string }
  /** "Nice to have: Kafka": a line that names its own section. */
  | { readonly kind: 'labelled'; readonly section: PostingSectionKind; readonly text: string };

// Bullet marks: dashes and dots, "o" (a word processor's second level), any symbol or emoji
// ("✔", "►", "🔹"), numbers ("1." "1)" "(1)") and letters ("a)").
const BULLET =
  /^(\s*)([-*+•▪◦●·‣–—o]|\p{Extended_Pictographic}\uFE0F?|[\p{So}→➔➜➤▸▹›»]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)](?=\s+[A-Z]))(?:\s+|(?<=[•▪◦●‣])(?=\S))(\S.*)$/u;
/** A symbol left at the start of an item ("- ✔ Ship features"). */
const LEADING_SYMBOL = /^(?:\p{Extended_Pictographic}\uFE0F?|\p{So})\s+/u;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const LABEL = /^([A-Za-z][A-Za-z '&/-]{1,40}):\s*(.*)$/;

/** Lower case with straight apostrophes, for matching cues. */
export function cueText(text: string): string {
  return text.toLowerCase().replace(/[‘’`´]/g, "'");
}

/** Takes Markdown emphasis and code marks off: "**Requirements**" reads "Requirements". */
export function plain(text: string): string {
  return text
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

/** What the lines under a heading are, when its words say so. */
export function classifyHeading(heading: string): PostingSectionKind | undefined {
  const text = cueText(plain(heading))
    .replace(/[:.\s]+$/, '')
    .trim();
  if (/^about (?!you\b|the (role|job|position|team|opportunity)\b|this (role|job)\b)/.test(text)) {
    return 'excluded';
  }
  for (const [kind, patterns] of headingCues) {
    if (patterns.some((pattern) => pattern.test(text))) return kind;
  }
  return undefined;
}

const indentOf = (raw: string) => (/^\s*/.exec(raw)?.[0] ?? '').length;

/** Classifies each line on its own; headings that depend on their neighbours come later. */
export function scanLines(text: string): PostingLine[] {
  const lines: PostingLine[] = [];
  const raw = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n');
  for (const line of raw) {
    if (line.trim() === '' || /^\s*([-*_=])(\s*\1){2,}\s*$/.test(line)) {
      lines.push({ kind: 'blank' });
      continue;
    }
    const heading = MARKDOWN_HEADING.exec(line);
    if (heading) {
      lines.push({ kind: 'heading', text: plain(heading[1] ?? ''), explicit: true });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      for (const part of splitInlineBullets((bullet[3] ?? '').replace(LEADING_SYMBOL, ''))) {
        lines.push({
          kind: 'bullet',
          indent: indentOf(line),
          marker: bullet[2] ?? '-',
          text: part,
        });
      }
      continue;
    }
    lines.push(...textLine(line));
  }
  return lines;
}

/** "Excel • SQL • Tableau" on one line is three items. */
function splitInlineBullets(text: string): string[] {
  const parts = text.split(/\s+[•▪●|]\s+/).map((part) => plain(part));
  return parts.length >= 3 || (parts.length === 2 && text.includes('•')) ? parts : [plain(text)];
}

function textLine(line: string): PostingLine[] {
  const text = plain(line);
  const label = LABEL.exec(text);
  if (label) {
    const name = cueText(label[1] ?? '').trim();
    const value = (label[2] ?? '').trim();
    if (factLabels.test(name) && value !== '') return [{ kind: 'fact', label: name, value }];
    const section = value === '' ? undefined : classifyHeading(name);
    if (section) {
      const items = splitInlineBullets(value);
      if (items.length > 1) {
        return [
          { kind: 'heading', text: label[1] ?? '', explicit: true },
          ...items.map((item) => ({ kind: 'bullet' as const, indent: 0, marker: '•', text: item })),
        ];
      }
      return [{ kind: 'labelled', section, text: value }];
    }
  }
  const items = splitInlineBullets(text);
  if (items.length > 1) {
    return items.map((item) => ({
      kind: 'bullet',
      indent: indentOf(line),
      marker: '•',
      text: item,
    }));
  }
  return [{ kind: 'text', indent: indentOf(line), text }];
}

/** Short, unpunctuated, on a line of its own: could be a heading. */
function headingShaped(text: string): boolean {
  const bare = text.replace(/:$/, '').trim();
  if (bare === '' || bare.length > 80 || /[.!?;,]$/.test(bare)) return false;
  return bare.split(/\s+/).length <= 10;
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

const isAllCaps = (text: string) => /[A-Z]{3}/.test(text) && !/[a-z]/.test(text);

/**
 * Turns text lines that read as headings into headings: a short first line, Markdown `#` lines,
 * lines ending in a colon, ALL CAPS lines, lines whose words name a section ("What you'll do") standing apart or
 * leading a list, and other short capitalised lines standing on their own between blank lines.
 */
export function markHeadings(lines: readonly PostingLine[], titleFirst = true): PostingLine[] {
  return lines.map((line, index) => {
    if (line.kind !== 'text' || !headingShaped(line.text)) return line;
    const previous = lines[index - 1];
    const next = lines[index + 1];
    const apartBefore = previous === undefined || previous.kind !== 'text';
    const apartAfter = next === undefined || next.kind === 'blank' || next.kind === 'bullet';
    const known =
      next !== undefined && words(line.text) <= 7 && classifyHeading(line.text) !== undefined;
    const startsWithCue = known && classifyHeading(line.text.split(/\s+/)[0] ?? '') !== undefined;
    // The first line of a posting is its title when it is short enough to be one.
    const first = titleFirst && lines.slice(0, index).every((earlier) => earlier.kind === 'blank');
    const heading =
      first ||
      line.text.endsWith(':') ||
      isAllCaps(line.text) ||
      (known && ((apartBefore && apartAfter) || next?.kind === 'bullet' || startsWithCue)) ||
      (apartBefore && apartAfter && next !== undefined && /^[A-Z]/.test(line.text));
    return heading ? { kind: 'heading', text: line.text, explicit: false } : line;
  });
}

/** The first non-blank line, and every "Label: value" fact, for the title and company. */
export function factsOf(lines: readonly PostingLine[]) {
  const facts = lines.flatMap((line) =>
    line.kind === 'fact' ? [{ label: line.label, value: line.value }] : [],
  );
  const first = lines.find((line) => line.kind !== 'blank');
  return { facts, first };
}

/** True when a line of prose wraps into the next one rather than ending there. */
export function wrapsInto(line: string, next: string): boolean {
  if (/[.!?:]$/.test(line)) return false;
  return /^[a-z(&]/.test(next) || /[,;&/-]$|\b(and|or|the|a|an|of|in|with|to|for)$/i.test(line);
}
