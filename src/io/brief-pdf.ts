/**
 * The day-of brief as a PDF: A4, two columns, Helvetica (a standard font, so nothing is embedded
 * or downloaded), 9.5 pt body (9 pt for a dense brief) so that it stays readable on a phone, at
 * most two pages.
 */
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import type { Brief } from '../domain/brief.js';
import { bold, briefSections, color, SMALL } from './brief-pdf-blocks.js';
import { ColumnFlow, type Paragraph, type PdfDoc } from './pdf-flow.js';
import { toWinAnsi } from './win-ansi.js';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 34;
const GUTTER = 20;
const COLUMN = (A4.width - 2 * MARGIN - GUTTER) / 2;
const FOOTER = 16;
const WIDTH = A4.width - 2 * MARGIN;

/** The brief's title band across the top of page 1; returns where the columns start. */
function drawHeader(doc: PdfDoc, brief: Brief): number {
  const { header } = brief;
  const width = WIDTH;
  const kicker = [`Day-of brief · round ${header.roundNumber}`, header.formats.join(', ')]
    .filter(Boolean)
    .join(' · ');
  doc
    .font('Helvetica-Bold')
    .fontSize(SMALL)
    .fillColor(color.accent)
    .text(toWinAnsi(kicker.toUpperCase()), MARGIN, MARGIN, { width, characterSpacing: 0.8 });
  doc
    .moveDown(0.2)
    .font('Helvetica-Bold')
    .fontSize(17)
    .fillColor(color.ink)
    .text(toWinAnsi(header.role), { width });
  doc
    .font('Helvetica')
    .fontSize(12)
    .fillColor(color.muted)
    .text(toWinAnsi(header.company), { width });
  const when = header.when
    ? `${header.when}${header.countdown ? ` — ${header.countdown}` : ''}`
    : 'Not scheduled yet: set the date and time in Round Two.';
  const top = doc.y + 6;
  doc.font('Helvetica-Bold').fontSize(12.5);
  const height = doc.heightOfString(toWinAnsi(when), { width: width - 20 }) + 12;
  doc.roundedRect(MARGIN, top, width, height, 4).fill(color.tint);
  doc.fillColor(color.accent).text(toWinAnsi(when), MARGIN + 10, top + 6.5, { width: width - 20 });
  return top + height + 12;
}

function drawContinuation(doc: PdfDoc, brief: Brief): void {
  const title = `Day-of brief — ${brief.header.company}, round ${brief.header.roundNumber} (continued)`;
  doc.font('Helvetica').fontSize(SMALL).fillColor(color.muted);
  // One line: a long company name is cut with an ellipsis rather than wrap into the columns.
  doc.text(toWinAnsi(title), MARGIN, MARGIN, { width: WIDTH, height: SMALL + 2, ellipsis: true });
}

function drawFooters(doc: PdfDoc, brief: Brief, cut: boolean): void {
  const { start, count } = doc.bufferedPageRange();
  const generated = DateTime.fromISO(brief.generatedAt, { zone: brief.header.timeZone }).toFormat(
    'd LLL yyyy, HH:mm',
  );
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const y = A4.height - MARGIN - FOOTER + 6;
    const note =
      cut && index === start + count - 1 ? ' · Shortened to fit: the rest is in Round Two.' : '';
    doc.font('Helvetica').fontSize(8).fillColor(color.muted);
    doc.text(toWinAnsi(`Round Two · made ${generated}${note}`), MARGIN, y, { lineBreak: false });
    doc.text(`${index - start + 1} / ${count}`, A4.width - MARGIN - 40, y, {
      width: 40,
      align: 'right',
      lineBreak: false,
    });
  }
}

/** How densely a brief is set: the normal style, and a compact one for a brief that overflows. */
interface Style {
  /** Points taken off every size, never below 9 pt for body text. */
  readonly shrink: number;
  readonly lineGap: number;
}
const NORMAL: Style = { shrink: 0, lineGap: 1.4 };
const COMPACT: Style = { shrink: 0.5, lineGap: 0.8 };

async function render(brief: Brief, style: Style): Promise<{ pdf: Uint8Array; cut: boolean }> {
  const generated = new Date(brief.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    // The flow keeps its own margins; zero here stops pdfkit from adding pages on its own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: true,
    info: {
      Title: toWinAnsi(
        `Day-of brief: ${brief.header.role} at ${brief.header.company}, round ${brief.header.roundNumber}`,
      ),
      Creator: 'Round Two',
      CreationDate: generated,
      ModDate: generated,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const flow = new ColumnFlow(
    doc,
    {
      left: MARGIN,
      columnWidth: COLUMN,
      gutter: GUTTER,
      bottom: A4.height - MARGIN - FOOTER,
      nextPageTop: MARGIN + 18,
      maxPages: 2,
      lineGap: style.lineGap,
      shrink: style.shrink,
      minSize: 9,
      ink: color.ink,
    },
    drawHeader(doc, brief),
    (page) => drawContinuation(page, brief),
  );
  for (const [title, blocks] of briefSections(brief)) {
    const heading: Paragraph = {
      runs: [bold(title.toUpperCase(), color.accent)],
      size: 10.5,
      gapBefore: 8,
    };
    if (!flow.heading(heading, blocks[0], color.rule)) break;
    if (!blocks.every((block) => flow.block(block))) break;
  }
  drawFooters(doc, brief, flow.overflowed);
  doc.end();
  await finished;
  return { pdf: new Uint8Array(Buffer.concat(chunks)), cut: flow.overflowed };
}

/**
 * Renders the brief as a PDF of one or two A4 pages. A brief that does not fit two pages is set
 * again more densely (9 pt, tighter lines); what still does not fit is left out, and the footer
 * says so.
 * @example writeFileSync('brief.pdf', await briefPdf(brief))
 */
export async function briefPdf(brief: Brief): Promise<Uint8Array> {
  const normal = await render(brief, NORMAL);
  if (!normal.cut) return normal.pdf;
  return (await render(brief, COMPACT)).pdf;
}
