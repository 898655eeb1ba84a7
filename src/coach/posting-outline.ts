/**
 * A posting's text as a sequence of units (list items and prose sentences), each filed under the
 * section it stands in.
 */
import type { PostingSectionKind } from '../content/posting-lexicon.js';
import { cueCategory, startsWithDutyVerb } from './posting-cues.js';
import {
  classifyHeading,
  factsOf,
  markHeadings,
  scanLines,
  wrapsInto,
  type PostingLine,
} from './posting-lines.js';

/** A section kind, or `neutral`: no heading yet, or one that says nothing about its lines. */
export type SectionKind = PostingSectionKind | 'neutral';

export interface PostingUnit {
  /** As it reads in the posting, without bullet marks or numbering. */
  readonly text: string;
  /** A list item (or a line standing alone as one), or a sentence of prose. */
  readonly form: 'item' | 'sentence';
  readonly section: SectionKind;
}

export interface PostingOutline {
  readonly units: readonly PostingUnit[];
  /** "Label: value" lines, labels in lower case. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  /** Every heading, in order. */
  readonly headings: readonly string[];
  /** The first line when it is a heading or a short line: often the job title. */
  readonly firstLine?: string;
  /** The next line after the first, when it is a short one: often company and place. */
  readonly secondLine?: string;
}

/** Sub-sections keep their section: "Technical:" under "Requirements" is still requirements. */
const KEEPS_SECTION = new Set<SectionKind>([
  'requirements',
  'preferred',
  'responsibilities',
  'skills',
  'stack',
]);
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '').length;

function sectionAfterHeading(current: SectionKind, heading: string): SectionKind {
  const kind = classifyHeading(heading);
  if (kind) return kind;
  const subHeading = heading.trim().endsWith(':') || words(heading) <= 3;
  return subHeading && KEEPS_SECTION.has(current) ? current : 'neutral';
}

const SECTION_OF_CATEGORY = {
  requirement: 'requirements',
  preferred: 'preferred',
  responsibility: 'responsibilities',
} as const;

/** The section a lead-in ("In this role you will:") gives the list after it. */
function leadInSection(text: string): SectionKind | undefined {
  const kind = classifyHeading(text);
  if (kind) return kind;
  const category = cueCategory(text.replace(/:\s*$/, ''));
  return category === undefined ? undefined : SECTION_OF_CATEGORY[category];
}

/**
 * Reads a posting's text into units and facts. `section` is where the text stands when it does
 * not say (a schema.org `qualifications` property is requirements throughout).
 */
export function outlinePosting(text: string, start: SectionKind = 'neutral'): PostingOutline {
  // Only a whole posting starts with its title; a property's text starts with an item.
  const lines = markHeadings(scanLines(text), start === 'neutral');
  const units: PostingUnit[] = [];
  const headings: string[] = [];
  let section: SectionKind = start;
  let listSection: SectionKind | undefined;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.kind === 'heading') {
      section = sectionAfterHeading(section, line.text);
      headings.push(line.text);
      listSection = undefined;
      index += 1;
    } else if (line.kind === 'labelled') {
      // "Requirements: A. B." lists its items as sentences; the label's section carries on.
      section = line.section;
      listSection = undefined;
      units.push(
        ...splitSentences(line.text).map((text) => ({ text, form: 'item' as const, section })),
      );
      index += 1;
    } else if (line.kind === 'bullet') {
      const end = listEnd(lines, index);
      units.push(...listUnits(lines.slice(index, end), listSection ?? section));
      listSection = undefined;
      index = end;
    } else if (line.kind === 'text') {
      let end = index;
      while (lines[end]?.kind === 'text') end += 1;
      const paragraph = lines.slice(index, end).map((l) => (l.kind === 'text' ? l.text : ''));
      const sentences = paragraphUnits(paragraph);
      const last = sentences.at(-1);
      if (last?.text.endsWith(':') && nextNonBlank(lines, end)?.kind === 'bullet') {
        sentences.pop();
        listSection = leadInSection(last.text) ?? listSection;
      } else {
        listSection = undefined;
      }
      units.push(...sentences.map((unit) => ({ ...unit, section })));
      index = end;
    } else {
      index += 1;
    }
  }
  const { facts, first } = factsOf(lines);
  const firstLine =
    first?.kind === 'heading' || (first?.kind === 'text' && words(first.text) <= 12)
      ? first.text
      : undefined;
  const afterFirst =
    first === undefined ? undefined : nextNonBlank(lines, lines.indexOf(first) + 1);
  const secondLine =
    firstLine !== undefined &&
    (afterFirst?.kind === 'text' || afterFirst?.kind === 'heading') &&
    words(afterFirst.text) <= 12
      ? afterFirst.text
      : undefined;
  return {
    units,
    facts,
    headings,
    ...(firstLine === undefined ? {} : { firstLine }),
    ...(secondLine === undefined ? {} : { secondLine }),
  };
}

function nextNonBlank(lines: readonly PostingLine[], from: number): PostingLine | undefined {
  return lines.slice(from).find((line) => line.kind !== 'blank');
}

/** A list runs over blank lines between items and over lines that continue an item. */
function listEnd(lines: readonly PostingLine[], start: number): number {
  let end = start;
  while (end < lines.length) {
    const line = lines[end]!;
    if (line.kind === 'bullet') end += 1;
    else if (line.kind === 'blank' && nextNonBlank(lines, end)?.kind === 'bullet') end += 1;
    else if (line.kind === 'text' && lines[end - 1]?.kind === 'bullet' && continues(line)) end += 1;
    else break;
  }
  return end;
}

const continues = (line: { indent: number; text: string }) =>
  line.indent >= 2 || /^[a-z(]/.test(line.text);

const CONTINUES =
  /^(with|and|or|to|for|in|on|at|by|from|of|as|including|such as|which|that|who|where|when|while|using|via)\b/;

interface ListNode {
  text: string;
  readonly children: ListNode[];
}

const markerClass = (marker: string) =>
  /\d/.test(marker) ? '1' : /^[a-h]/.test(marker) && marker.length > 1 ? 'a' : marker;

/** Nests list items by indentation, or by a change of bullet mark at the same indentation. */
function listTree(lines: readonly PostingLine[]): ListNode[] {
  const roots: ListNode[] = [];
  const stack: { indent: number; marker: string; node: ListNode }[] = [];
  for (const line of lines) {
    if (line.kind === 'text' && stack.length > 0) {
      const last = stack.at(-1)!.node;
      last.text = `${last.text} ${line.text}`;
      continue;
    }
    if (line.kind !== 'bullet') continue;
    const marker = markerClass(line.marker);
    while (stack.length > 0) {
      const top = stack.at(-1)!;
      if (line.indent > top.indent) break;
      if (line.indent < top.indent) {
        stack.pop();
        continue;
      }
      if (marker === top.marker) {
        stack.pop();
        break;
      }
      if (stack.some((entry) => entry.indent === line.indent && entry.marker === marker)) {
        stack.pop();
        continue;
      }
      break;
    }
    const node: ListNode = { text: line.text, children: [] };
    (stack.at(-1)?.node.children ?? roots).push(node);
    stack.push({ indent: line.indent, marker, node });
  }
  return roots;
}

/**
 * Flattens nested items: a long lead-in over short items folds them in ("Experience with one of:
 * Python, Go, Java"); a short label over items ("Clinical:", "Nice to have") gives way to them
 * and may name their section; any other parent stays an item beside its children.
 */
function flatten(nodes: readonly ListNode[], section: SectionKind): PostingUnit[] {
  return nodes.flatMap((node): PostingUnit[] => {
    // A nested line that goes on with a joining word finishes its parent's sentence.
    while (node.children[0] && !node.text.endsWith(':') && CONTINUES.test(node.children[0].text)) {
      const [continuation] = node.children.splice(0, 1);
      node.text = `${node.text} ${continuation!.text}`;
      node.children.unshift(...continuation!.children);
    }
    const own: PostingUnit = { text: node.text, form: 'item', section };
    if (node.children.length === 0) return [own];
    const colon = node.text.endsWith(':');
    const leaves = node.children.every((child) => child.children.length === 0);
    if (colon && words(node.text) > 4 && leaves && node.children.every((c) => words(c.text) <= 4)) {
      const joined = node.children.map((child) => child.text.replace(/[.;,]$/, '')).join(', ');
      return [{ ...own, text: `${node.text} ${joined}` }];
    }
    const label = colon || (words(node.text) <= 3 && !startsWithDutyVerb(node.text));
    if (label) return flatten(node.children, leadInSection(node.text) ?? section);
    return [own, ...flatten(node.children, section)];
  });
}

function listUnits(lines: readonly PostingLine[], section: SectionKind): PostingUnit[] {
  return flatten(listTree(lines), section).map((unit) => ({
    ...unit,
    text: unit.text.replace(/\s*[;,]\s*(and|or)?$/, '').trim(),
  }));
}

/**
 * Prose lines into sentences; lines that each stand alone (a list without marks, or one sentence
 * a line) into items. Text hard-wrapped at a fixed width is joined back first: its lines run to
 * about the same length and some of them go on in lower case.
 */
function paragraphUnits(lines: readonly string[]): Omit<PostingUnit, 'section'>[] {
  const longest = Math.max(...lines.map((line) => line.length));
  const following = lines.slice(1);
  const wrapped =
    lines.length >= 3 &&
    longest >= 60 &&
    following.filter((line) => /^[a-z]/.test(line)).length * 3 >= following.length &&
    lines.slice(0, -1).filter((line) => line.length >= longest - 20).length * 2 >= lines.length - 1;
  const logical: string[] = [];
  for (const line of lines) {
    const previous = logical.at(-1);
    if (previous !== undefined && (wrapped || wrapsInto(previous, line)))
      logical[logical.length - 1] = `${previous} ${line}`;
    else logical.push(line);
  }
  const split = logical.map((line) => splitSentences(line));
  const oneSentenceEach = logical.length > 1 && split.every((sentences) => sentences.length === 1);
  return split.flatMap((sentences, index) => {
    const line = logical[index]!;
    const standsAlone =
      oneSentenceEach || (logical.length > 1 && !/[.!?]$/.test(line) && words(line) <= 25);
    return sentences.map((text) => ({ text, form: standsAlone ? 'item' : 'sentence' }) as const);
  });
}

const ABBREVIATION =
  /\b(e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|inc|ltd|co|no|approx|incl|jr|sr|u\.s|a\.m|p\.m|dept|yrs?|min|max)\.$/i;

/** Splits prose into sentences at . ! ? followed by a capital or digit, minding abbreviations. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+["')\]]?\s+(?=["'([]?[A-Z0-9])/g)) {
    const end = match.index + match[0].trimEnd().length;
    const sentence = text.slice(start, end);
    if (ABBREVIATION.test(sentence)) continue;
    sentences.push(sentence.trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences.filter((sentence) => sentence !== '');
}
