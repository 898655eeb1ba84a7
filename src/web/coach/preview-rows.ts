import type { Span } from '../../coach/finding.js';

/** The parts the coach marks in a story, in the order they are told. */
export const previewParts = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type PreviewPart = (typeof previewParts)[number];

/** Evidence of one finding: its key (the finding's kind) and every place it points at. */
export interface Evidence {
  readonly key: string;
  readonly spans: readonly Span[];
}

/** A stretch of a row's text, with the findings whose evidence covers it. */
export interface PreviewPiece extends Span {
  readonly text: string;
  readonly findings: readonly string[];
}

/** One line of the preview: text that carries the same parts, within one paragraph. */
export interface PreviewRow extends Span {
  readonly parts: readonly PreviewPart[];
  readonly pieces: readonly PreviewPiece[];
  /** The first row of a paragraph (each story field is one), which the preview spaces apart. */
  readonly opensParagraph: boolean;
}

interface Labelled<L> extends Span {
  readonly label: L;
}

/**
 * Cuts `[0, length)` at every start and end of the labelled spans, and gives each piece the labels
 * of all spans that cover it. Spans may overlap and come in any order; pieces come in text order
 * and together cover the whole range.
 */
export function splitByLabels<L>(
  length: number,
  spans: readonly Labelled<L>[],
): (Span & { labels: L[] })[] {
  const inRange = spans
    .map((span) => ({
      ...span,
      start: Math.max(0, span.start),
      end: Math.min(length, span.end),
    }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, length, ...inRange.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: (Span & { labels: L[] })[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] ?? 0;
    const end = cuts[index + 1] ?? length;
    const labels: L[] = [];
    for (const span of inRange) {
      if (span.start <= start && span.end >= end && !labels.includes(span.label))
        labels.push(span.label);
    }
    pieces.push({ start, end, labels });
  }
  return pieces;
}

/** The span without the white space at either end; empty (start = end) if it is all white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** Paragraphs of the text (split at blank lines), trimmed, without empty ones. */
function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const blank of text.matchAll(/\n[^\S\n]*\n\s*/gu)) {
    paragraphs.push({ start, end: blank.index });
    start = blank.index + blank[0].length;
  }
  paragraphs.push({ start, end: text.length });
  return paragraphs.map((span) => trimSpan(text, span)).filter((span) => span.end > span.start);
}

const sameParts = (a: readonly PreviewPart[], b: readonly PreviewPart[]) =>
  a.length === b.length && a.every((part) => b.includes(part));

/**
 * The story as the preview shows it: rows of text labelled with the parts they carry (the
 * sentences of `parts`), one paragraph at a time, with the evidence of each finding marked inside
 * them. Neighbouring sentences that carry the same parts share a row.
 */
export function previewRows(
  text: string,
  parts: Readonly<Record<PreviewPart, readonly Span[]>>,
  evidence: readonly Evidence[],
): PreviewRow[] {
  const partSpans = previewParts.flatMap((part) =>
    parts[part].map((span) => ({ ...trimSpan(text, span), label: part })),
  );
  const evidenceSpans = evidence.flatMap(({ key, spans }) =>
    spans.map((span) => ({ ...trimSpan(text, span), label: key })),
  );
  const rows: PreviewRow[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const inParagraph: Omit<PreviewRow, 'pieces'>[] = [];
    for (const piece of splitByLabels(text.length, partSpans)) {
      const span = trimSpan(text, {
        start: Math.max(piece.start, paragraph.start),
        end: Math.min(piece.end, paragraph.end),
      });
      if (span.end <= span.start) continue;
      const ordered = previewParts.filter((part) => piece.labels.includes(part));
      const previous = inParagraph.at(-1);
      if (previous && sameParts(previous.parts, ordered)) {
        inParagraph[inParagraph.length - 1] = { ...previous, end: span.end };
      } else {
        inParagraph.push({ ...span, parts: ordered, opensParagraph: inParagraph.length === 0 });
      }
    }
    for (const row of inParagraph) {
      rows.push({ ...row, pieces: piecesOf(text, row, evidenceSpans) });
    }
  }
  return rows;
}

function piecesOf(text: string, row: Span, evidence: readonly Labelled<string>[]): PreviewPiece[] {
  const local = evidence.map((span) => ({
    ...span,
    start: span.start - row.start,
    end: span.end - row.start,
  }));
  return splitByLabels(row.end - row.start, local).map((piece) => ({
    start: row.start + piece.start,
    end: row.start + piece.end,
    text: text.slice(row.start + piece.start, row.start + piece.end),
    findings: piece.labels,
  }));
}
