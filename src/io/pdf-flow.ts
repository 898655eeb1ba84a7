/**
 * A small layout engine over pdfkit: paragraphs flow down the left column, then the right, then
 * onto a second page, and stop there. Kept-together blocks (an interviewer's card) move whole to
 * the next column rather than split. Every text goes through `toWinAnsi`, because the standard
 * fonts print nothing else correctly.
 */
import type PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi.js';

/** A pdfkit document. */
export type PdfDoc = InstanceType<typeof PDFDocument>;

export type FontName = 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique';

/** A run of text in one font and colour. */
export interface Run {
  readonly text: string;
  readonly font?: FontName;
  readonly color?: string;
}

/** A paragraph: runs that wrap together, optionally behind a bullet. */
export interface Paragraph {
  readonly runs: readonly Run[];
  readonly size: number;
  readonly bullet?: string;
  readonly indent?: number;
  readonly gapBefore?: number;
  readonly link?: string;
  /** Never the last line of a column: a name or a label stays with what follows it. */
  readonly keepWithNext?: boolean;
}

/** Paragraphs that belong together; `keep` moves them to the next column as a whole. */
export interface Block {
  readonly paragraphs: readonly Paragraph[];
  readonly keep: boolean;
}

export interface FlowGeometry {
  readonly left: number;
  readonly columnWidth: number;
  readonly gutter: number;
  readonly bottom: number;
  /** Where columns start on a page after the first. */
  readonly nextPageTop: number;
  readonly maxPages: number;
  readonly lineGap: number;
  /** Points taken off every paragraph's size, down to `minSize`: for a denser setting. */
  readonly shrink: number;
  readonly minSize: number;
  readonly ink: string;
}

const BULLET_WIDTH = 10;

export class ColumnFlow {
  private column = 0;
  private page = 1;
  private top: number;
  private y: number;
  /** Whether something did not fit in the pages allowed. */
  overflowed = false;

  constructor(
    private readonly doc: PdfDoc,
    private readonly geometry: FlowGeometry,
    startY: number,
    private readonly onNewPage: (doc: PdfDoc) => void,
  ) {
    this.top = startY;
    this.y = startY;
  }

  private get x(): number {
    return this.geometry.left + this.column * (this.geometry.columnWidth + this.geometry.gutter);
  }

  private textWidth(paragraph: Paragraph): number {
    return (
      this.geometry.columnWidth - (paragraph.indent ?? 0) - (paragraph.bullet ? BULLET_WIDTH : 0)
    );
  }

  private sizeOf(paragraph: Paragraph): number {
    return Math.max(this.geometry.minSize, paragraph.size - this.geometry.shrink);
  }

  /**
   * The height a paragraph takes, measured in bold throughout: bold is the widest of the fonts
   * used, so a mixed paragraph never takes more room than measured.
   */
  heightOf(paragraph: Paragraph): number {
    this.doc.font('Helvetica-Bold').fontSize(this.sizeOf(paragraph));
    const text = toWinAnsi(paragraph.runs.map((run) => run.text).join(''));
    const height = this.doc.heightOfString(text, {
      width: this.textWidth(paragraph),
      lineGap: this.geometry.lineGap,
    });
    return height + (paragraph.gapBefore ?? 0);
  }

  blockHeight(block: Block): number {
    return block.paragraphs.reduce((sum, paragraph) => sum + this.heightOf(paragraph), 0);
  }

  /** Moves to the next column or page; false when the pages allowed are used up. */
  private advance(): boolean {
    if (this.column === 0) {
      this.column = 1;
      this.y = this.top;
      return true;
    }
    if (this.page >= this.geometry.maxPages) {
      this.overflowed = true;
      return false;
    }
    this.doc.addPage();
    this.page += 1;
    this.onNewPage(this.doc);
    this.column = 0;
    this.top = this.geometry.nextPageTop;
    this.y = this.top;
    return true;
  }

  /** Makes room for `height` in the current column, moving on when it does not fit. */
  ensure(height: number): boolean {
    if (this.overflowed) return false;
    if (this.y + height <= this.geometry.bottom) return true;
    // A part taller than a whole column is drawn where it starts rather than pushed on forever.
    if (this.y === this.top) return true;
    return this.advance() && this.ensure(height);
  }

  private draw(paragraph: Paragraph): void {
    const doc = this.doc;
    // A gap above the first line of a column would only push the column's content down.
    if (this.y > this.top) this.y += paragraph.gapBefore ?? 0;
    let x = this.x + (paragraph.indent ?? 0);
    const width = this.textWidth(paragraph);
    const options = { width, lineGap: this.geometry.lineGap };
    if (paragraph.bullet) {
      doc
        .font('Helvetica-Bold')
        .fontSize(this.sizeOf(paragraph))
        .fillColor(paragraph.runs[0]?.color ?? this.geometry.ink)
        .text(toWinAnsi(paragraph.bullet), x, this.y, { width: BULLET_WIDTH, lineBreak: false });
      x += BULLET_WIDTH;
    }
    const runs = paragraph.runs.filter((run) => run.text !== '');
    runs.forEach((run, index) => {
      doc
        .font(run.font ?? 'Helvetica')
        .fontSize(this.sizeOf(paragraph))
        .fillColor(run.color ?? this.geometry.ink);
      const continued = index < runs.length - 1;
      const linked = paragraph.link ? { link: paragraph.link, underline: false } : {};
      if (index === 0)
        doc.text(toWinAnsi(run.text), x, this.y, { ...options, continued, ...linked });
      else doc.text(toWinAnsi(run.text), { ...options, continued, ...linked });
    });
    this.y = doc.y;
  }

  /** Draws a paragraph where it fits; false once the pages are full. */
  paragraph(paragraph: Paragraph): boolean {
    if (!this.ensure(this.heightOf(paragraph))) return false;
    this.draw(paragraph);
    return true;
  }

  /** The height of a paragraph with the paragraphs it is kept with. */
  private heightWithNext(paragraphs: readonly Paragraph[], index: number): number {
    let needed = 0;
    for (let at = index; at < paragraphs.length; at += 1) {
      const paragraph = paragraphs[at];
      if (!paragraph) break;
      needed += this.heightOf(paragraph);
      if (!paragraph.keepWithNext) break;
    }
    return needed;
  }

  /** Draws a block, moving it whole to the next column when it is kept together. */
  block(block: Block): boolean {
    if (block.keep && !this.ensure(this.blockHeight(block))) return false;
    return block.paragraphs.every((paragraph, index) => {
      if (!this.ensure(this.heightWithNext(block.paragraphs, index))) return false;
      this.draw(paragraph);
      return true;
    });
  }

  /** Draws a section heading and keeps it with the start of what follows. */
  heading(heading: Paragraph, next: Block | undefined, rule: string): boolean {
    const following = !next
      ? 0
      : next.keep
        ? this.blockHeight(next)
        : this.heightWithNext(next.paragraphs, 0);
    if (!this.ensure(this.heightOf(heading) + 4 + following)) return false;
    this.draw(heading);
    const x = this.x;
    this.doc
      .moveTo(x, this.y + 1)
      .lineTo(x + this.geometry.columnWidth, this.y + 1)
      .lineWidth(0.6)
      .strokeColor(rule)
      .stroke();
    this.y += 4;
    return true;
  }

  /** The pages used so far. */
  get pages(): number {
    return this.page;
  }
}
