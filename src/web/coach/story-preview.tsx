import { useEffect, useMemo, useRef } from 'react';
import type { StoryAnalysis } from '../../coach/story-analysis.js';
import { starParts } from '../stories/star-parts.js';
import { evidenceOf } from './evidence.js';
import { previewRows, type PreviewPiece, type PreviewRow } from './preview-rows.js';

/** The finding whose evidence to show; `request` changes on every click, even on the same one. */
export interface ShownEvidence {
  readonly kind: string;
  readonly request: number;
}

const partLabel = Object.fromEntries(starParts.map(({ field, label }) => [field, label]));

/**
 * The story as the coach reads it, read-only: each sentence labelled with the part it tells,
 * and the words behind each finding underlined.
 */
export function StoryPreview({
  analysis,
  shown,
}: {
  readonly analysis: StoryAnalysis;
  readonly shown: ShownEvidence | null;
}) {
  const { rows, anchors } = useMemo(() => {
    const rows = previewRows(
      analysis.text,
      analysis.parts,
      evidenceOf(analysis.text, analysis.findings),
    );
    return { rows, anchors: anchorsOf(rows) };
  }, [analysis]);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!shown) return;
    const anchor = container.current?.querySelector<HTMLElement>(
      `[data-anchor-for~="${CSS.escape(shown.kind)}"]`,
    );
    if (!anchor) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    anchor.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    anchor.focus({ preventScroll: true });
  }, [shown]);

  if (rows.length === 0) {
    return <p className="quiet">As you write, your story appears here with each part marked.</p>;
  }
  return (
    <div className="preview-text" ref={container}>
      {rows.map((row) => (
        <Row key={row.start} row={row} active={shown?.kind} anchors={anchors} />
      ))}
    </div>
  );
}

/** Pieces by start, with the findings whose first mark each one is. */
type Anchors = ReadonlyMap<number, readonly string[]>;

function anchorsOf(rows: readonly PreviewRow[]): Anchors {
  const anchors = new Map<number, string[]>();
  const placed = new Set<string>();
  for (const piece of rows.flatMap((row) => row.pieces)) {
    const first = piece.findings.filter((kind) => !placed.has(kind));
    first.forEach((kind) => placed.add(kind));
    if (first.length > 0) anchors.set(piece.start, first);
  }
  return anchors;
}

function Row({
  row,
  active,
  anchors,
}: {
  readonly row: PreviewRow;
  readonly active: string | undefined;
  readonly anchors: Anchors;
}) {
  return (
    <div
      className={[
        'preview-row',
        row.parts[0] ? `part-${row.parts[0]}` : '',
        row.opensParagraph ? 'opens-paragraph' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-parts={row.parts.join(' ')}
    >
      <span className="preview-bars" aria-hidden="true">
        {row.parts.map((part) => (
          <span key={part} className={`bar part-${part}`} />
        ))}
      </span>
      <span className="preview-label">
        {row.parts.length > 0 ? row.parts.map((part) => partLabel[part]).join(' · ') : null}
        {row.parts.length > 0 ? <span className="visually-hidden">: </span> : null}
      </span>
      <span className="preview-line">
        {row.pieces.map((piece) => (
          <Piece
            key={piece.start}
            piece={piece}
            active={active}
            anchorFor={anchors.get(piece.start) ?? []}
          />
        ))}
      </span>
    </div>
  );
}

function Piece({
  piece,
  active,
  anchorFor,
}: {
  readonly piece: PreviewPiece;
  readonly active: string | undefined;
  /** The findings whose evidence starts here: "Show in the story" scrolls to this mark. */
  readonly anchorFor: readonly string[];
}) {
  if (piece.findings.length === 0) return <>{piece.text}</>;
  const isActive = active !== undefined && piece.findings.includes(active);
  return (
    <mark
      className={isActive ? 'evidence active' : 'evidence'}
      data-findings={piece.findings.join(' ')}
      {...(anchorFor.length > 0 ? { 'data-anchor-for': anchorFor.join(' '), tabIndex: -1 } : {})}
    >
      {piece.text}
    </mark>
  );
}
