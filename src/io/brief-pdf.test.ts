import { describe, expect, test } from 'vitest';
import { aBrief, aFullBrief } from '../../test/support/brief.js';
import { pdfInfo, pdfPagePng, pdfText, pngSize } from '../../test/support/pdf-tools.js';
import { briefPdf } from './brief-pdf.js';

/** Text as pdftotext gives it, with line breaks and hyphenation joined back into spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('briefPdf', () => {
  test('is a one-page A4 PDF whose text has the interviewers, the local time and the stories', async () => {
    const pdf = await briefPdf(aBrief());
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(info.pageSize).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
    const text = flat(pdfText(pdf));
    for (const name of ['Femke de Wit', 'Arjun Mehta', 'Sanne Bakker'])
      expect(text).toContain(name);
    expect(text).toContain('Wed 25 Nov 2026, 13:30 (Europe/Amsterdam) — in 5 days');
    expect(text).toContain('Winning back a frustrated operations team');
    expect(text).toContain('What would make the first six months a clear success for you?');
    expect(text).toContain('Overdue since 19 Nov 2026.');
  });

  test('characters the standard fonts lack are replaced, never printed as garbage', async () => {
    const text = flat(pdfText(await briefPdf(aBrief())));
    expect(text).toContain('dropped from 70 -> 25 a week +');
    expect(text).toContain('between Rotterdam and Milan (17 Nov 2026)');
    // pdfkit writes an unencodable character as two Latin-1 bytes, e.g. "→" as "!’".
    expect(text).not.toMatch(/!’|Ø=|[\u2190-\u21ff\u{1f300}-\u{1faff}]/u);
  });

  test('page 1 renders to a non-blank PNG of an A4 page', async () => {
    const png = pdfPagePng(await briefPdf(aBrief()), 1, 60);
    // A4 at 60 dpi is 8.27 × 11.69 inches.
    expect(pngSize(png)).toEqual({ width: 497, height: 702 });
    // A blank page compresses to about 2 KB; a page of text is tens of kilobytes.
    expect(png.length).toBeGreaterThan(20_000);
  });

  test('a brief with every list full and every text at its limit fits two pages without cuts', async () => {
    for (const crowded of [false, true]) {
      const pdf = await briefPdf(aFullBrief({ crowded }));
      expect(pdfInfo(pdf).pages).toBe(2);
      const text = flat(pdfText(pdf));
      expect(text).toContain('Close well.');
      expect(text).not.toContain('Shortened to fit');
      expect(pdfPagePng(pdf, 2, 60).length).toBeGreaterThan(20_000);
    }
  });

  test('even text that cannot fit stays within two pages, and the footer says it was shortened', async () => {
    const pdf = await briefPdf(aFullBrief({ crowded: true, shout: true }));
    expect(pdfInfo(pdf).pages).toBe(2);
    expect(flat(pdfText(pdf))).toContain('Shortened to fit: the rest is in Round Two.');
  });

  test('the same brief gives the same bytes', async () => {
    const brief = aBrief();
    expect(Buffer.from(await briefPdf(brief)).equals(Buffer.from(await briefPdf(brief)))).toBe(
      true,
    );
  });
});
