import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Poppler's command-line tools (Debian `poppler-utils`, installed by .ci/run) read back the PDFs
 * the app writes: a real extractor and renderer, not the library that wrote them.
 */
function poppler(tool: string, args: readonly string[]): Buffer {
  try {
    return execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils).`);
    }
    throw error;
  }
}

function withPdfFile<T>(pdf: Uint8Array, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'roundtwo-pdf-'));
  try {
    const file = join(dir, 'brief.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as `pdftotext` extracts it, in reading order. */
export const pdfText = (pdf: Uint8Array): string =>
  withPdfFile(pdf, (file) => poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'));

/** What `pdfinfo` says about a PDF: pages, page size, producer… */
export function pdfInfo(pdf: Uint8Array): { pages: number; pageSize: string; raw: string } {
  const raw = withPdfFile(pdf, (file) => poppler('pdfinfo', [file]).toString('utf8'));
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(raw)?.[1] ?? NaN),
    pageSize: /^Page size:\s+(.+)$/m.exec(raw)?.[1]?.trim() ?? '',
    raw,
  };
}

/** One page rendered by `pdftoppm` as a PNG. */
export const pdfPagePng = (pdf: Uint8Array, page: number, dpi: number): Buffer =>
  withPdfFile(pdf, (file, dir) => {
    const prefix = join(dir, 'page');
    poppler('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      prefix,
    ]);
    return readFileSync(`${prefix}.png`);
  });

/** A PNG's dimensions, from its IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
