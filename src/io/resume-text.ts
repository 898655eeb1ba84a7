/**
 * A plain-text (or Markdown) résumé read into evidence items. Sections of roles, studies and
 * projects become one item per entry (its title line(s), then bullets as highlights and prose as
 * summary); awards, certificates and publications one item per line or bullet; a skills section
 * one item per "Label: a, b" line or per listed skill; any other section, and a profile before
 * the first heading, one `other` item with its text, so nothing is dropped but contact details.
 */
import type { EvidenceKind, ResumeEvidence } from '../domain/resume.js';
import { findDates } from './resume-dates.js';
import { listKinds, readEntryHeader } from './resume-header.js';
import { outlineResume, type ResumeSection } from './resume-outline.js';

const BULLET = /^(\s*)(?:[•●○◦▪▫■□‣∙·➢➤►✓✔]\s*|[*+\-–—]\s+|\d{1,2}[.)]\s+)(.*)$/;
const CONTACT = /@|https?:\/\/|www\.|linkedin|github\.com|\+?\d[\d\s().-]{7,}\d/i;
const NAME = /^(\p{Lu}[\p{L}'’.-]*)(\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const DATES = /\b(19[5-9]\d|20\d\d)\b/;

interface EntryDraft {
  /** Whether the title line was itself a list item ("- MSc Informatics, Salford, 2021"). */
  listed: boolean;
  header: string[];
  highlights: string[];
  prose: string[];
}

const words = (text: string) => text.trim().split(/\s+/).length;
/** A sentence of description, not a title line (whose dates do not count as words). */
function isProse(text: string): boolean {
  const rest = findDates(text)?.rest ?? text;
  return words(rest) >= 12 || (/[.!?]$/.test(rest.trim()) && words(rest) >= 8);
}
/** Ends like a sentence, not like "Acme Inc." or "Acme Ltd.". */
const isSentence = (text: string) =>
  /[.!?]$/.test(text) && !/\b(inc|ltd|co|corp|plc|llc|jr|sr)\.$/i.test(text);
const bulletOf = (line: string) => BULLET.exec(line)?.[2]?.trim();

/** Groups a section's lines into entries: title lines, then bullets and prose. */
function draftEntries(lines: readonly string[], kind: EvidenceKind): EntryDraft[] {
  const entries: EntryDraft[] = [];
  const listLike = listKinds.has(kind);
  let entry: EntryDraft | undefined;
  let previous: 'blank' | 'bullet' | 'text' = 'blank';
  const start = (header: string[], listed = false): EntryDraft => {
    const started = { listed, header, highlights: [], prose: [] };
    entries.push(started);
    return started;
  };
  for (const line of lines) {
    const text = line.trim();
    if (text === '') {
      previous = 'blank';
      continue;
    }
    const bullet = bulletOf(line);
    if (bullet !== undefined) {
      if (bullet === '') continue;
      // A dated list item, first in its section or after another one, is an entry's title line.
      const titled = DATES.test(bullet) && !isProse(bullet) && (!entry || entry.listed);
      if (listLike || titled) entry = start([bullet], true);
      else (entry ??= start([])).highlights.push(bullet);
      previous = entry.listed && entry.highlights.length === 0 ? 'text' : 'bullet';
      continue;
    }
    const indented = /^\s{2,}/.test(line);
    if (entry && previous === 'bullet' && (indented || /^\p{Ll}/u.test(text))) {
      // A bullet wrapped onto the next line.
      const last = entry.highlights.length - 1;
      entry.highlights[last] = `${entry.highlights[last]} ${text}`;
    } else if (!entry || entry.highlights.length > 0) {
      entry = start([text]);
    } else if (isProse(text) || isSentence(text)) {
      entry.prose.push(text);
    } else if (
      previous === 'blank' ||
      (DATES.test(entry.header.join(' ')) && DATES.test(text)) ||
      entry.header.length >= 3
    ) {
      // A blank line, or a second dated line, starts the next entry.
      if (entry.header.length >= 3 && previous !== 'blank') entry.prose.push(text);
      else entry = start([text]);
    } else {
      entry.header.push(text);
    }
    previous = 'text';
  }
  return entries;
}

function fromEntry(draft: EntryDraft, kind: EvidenceKind, heading: string): ResumeEvidence {
  const prose = draft.prose.join(' ');
  // A long title line is still a title ("Senior Engineer, Platform and Developer Experience —
  // Acme"); a sentence that opened the entry is not.
  const first = findDates(draft.header[0] ?? '')?.rest ?? draft.header[0] ?? '';
  const header =
    draft.header.length > 0 && words(first) < 16 && !(isSentence(first) && words(first) >= 8);
  if (!header) {
    // Bullets or prose with no title line: keep the text under the section's name.
    const text = [...draft.header, ...draft.prose].join(' ');
    return {
      kind: 'other',
      title: heading,
      ...(text === '' ? {} : { summary: text }),
      highlights: draft.highlights,
      skills: [],
    };
  }
  const read = readEntryHeader(draft.header, kind);
  const summary = [...read.rest, prose].filter((part) => part !== '').join('\n');
  return {
    kind,
    title: read.title ?? read.organization ?? heading,
    ...(read.organization === undefined || read.title === undefined
      ? {}
      : { organization: read.organization }),
    ...(read.startDate === undefined ? {} : { startDate: read.startDate }),
    ...(read.endDate === undefined ? {} : { endDate: read.endDate }),
    ...(summary === '' ? {} : { summary }),
    highlights: draft.highlights,
    skills: [],
    ...(read.url === undefined ? {} : { url: read.url }),
  };
}

function uniqueTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Languages: Python, Go" is one item; "Python, Go, SQL" is one item per skill. */
function fromSkills(section: ResumeSection): ResumeEvidence[] {
  const items: ResumeEvidence[] = [];
  const prose: string[] = [];
  for (const line of section.lines) {
    const text = bulletOf(line) ?? line.trim();
    if (text === '') continue;
    const labelled = /^([^:]{2,40}):\s*(.+)$/.exec(text);
    const list = labelled?.[2] ?? text;
    const terms = uniqueTerms(
      list
        .split(/\s*[,;•·|]\s*|\s+\/\s+/)
        .map((term) =>
          term
            .replace(/^and\s+/i, '')
            .replace(/[.\s]+$/, '')
            .trim(),
        )
        .filter((term) => term !== ''),
    );
    const sentence = terms.length <= 1 && isProse(text);
    if (sentence || terms.some((term) => term.length > 60 || words(term) > 6)) {
      prose.push(text);
    } else if (labelled) {
      items.push({
        kind: 'skill',
        title: labelled[1]!.trim(),
        highlights: [],
        skills: terms.slice(0, 100),
      });
    } else {
      for (const term of terms)
        items.push({ kind: 'skill', title: term, highlights: [], skills: [term] });
    }
  }
  if (prose.length > 0) {
    items.push({
      kind: 'other',
      title: section.heading ?? 'Skills',
      summary: prose.join('\n'),
      highlights: [],
      skills: [],
    });
  }
  return items;
}

/** A section this reader does not take apart: one `other` item, bullets as highlights. */
function fromOther(title: string, lines: readonly string[]): ResumeEvidence[] {
  const highlights: string[] = [];
  const text: string[] = [];
  for (const line of lines) {
    const bullet = bulletOf(line);
    if (bullet !== undefined) {
      if (bullet !== '') highlights.push(bullet);
    } else if (line.trim() !== '') text.push(line.trim());
  }
  if (highlights.length === 0 && text.length === 0) return [];
  return [
    {
      kind: 'other',
      title,
      ...(text.length === 0 ? {} : { summary: text.join('\n') }),
      highlights,
      skills: [],
    },
  ];
}

/** The lines before the first heading, less the name and contact details. */
function profileLines(lines: readonly string[]): string[] {
  const kept = lines.filter((line) => line.trim() !== '');
  const [first] = kept;
  if (first !== undefined && NAME.test(first.trim())) kept.shift();
  return kept.filter((line) => {
    const parts = line.split(/\s*[|•·]\s*|\s{3,}|\t/).filter((part) => part.trim() !== '');
    const contact = parts.some((part) => CONTACT.test(part));
    return !(contact && parts.every((part) => CONTACT.test(part) || words(part) <= 4));
  });
}

/** Reads a plain-text or Markdown résumé into evidence items, in the order they appear. */
export function readTextResume(text: string): ResumeEvidence[] {
  return outlineResume(text).flatMap((section): ResumeEvidence[] => {
    const heading = section.heading ?? 'Profile';
    const { kind } = section;
    switch (kind) {
      case 'preamble':
        return fromOther('Profile', profileLines(section.lines));
      case 'skill':
        return fromSkills(section);
      case 'other':
        return fromOther(heading, section.lines);
      default:
        return draftEntries(section.lines, kind).map((draft) => fromEntry(draft, kind, heading));
    }
  });
}
