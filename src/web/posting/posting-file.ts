import { postingNamesOf, type PostingNames } from './posting-names.js';

/** What the file picker offers: saved web pages, plain text, Markdown and JSON postings. */
export const POSTING_FILE_TYPES = '.html,.htm,.txt,.md,.json';

/** A saved page is kept whole (for its JSON-LD and structure); anything else is the posting's text. */
export type PostingField = 'postingHtml' | 'postingText';

/** A posting file as read in the browser, ready to save on an opportunity. */
export interface PostingFile {
  readonly name: string;
  readonly field: PostingField;
  readonly content: string;
  /** The job title and company its structured data names, if any. */
  readonly names: PostingNames;
}

/** The file cannot be used; the message says why in plain words. */
export class PostingFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostingFileError';
  }
}

/** The opportunity's limits (`postingHtml`, `postingText` in src/domain/opportunity.ts). */
const MAX_LENGTH: Record<PostingField, number> = { postingHtml: 2_000_000, postingText: 100_000 };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Where a file's content goes, by its extension; `null` for a kind of file we do not read. */
export function postingFieldOf(name: string): PostingField | null {
  const extension = extensionOf(name);
  if (extension === 'html' || extension === 'htm') return 'postingHtml';
  if (extension === 'txt' || extension === 'md' || extension === 'json') return 'postingText';
  return null;
}

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

/**
 * Reads a chosen posting file: a saved page becomes `postingHtml`, text, Markdown and JSON
 * become `postingText`. Throws a PostingFileError for a file that cannot be used.
 */
export async function readPostingFile(file: File): Promise<PostingFile> {
  const field = postingFieldOf(file.name);
  if (!field) {
    throw new PostingFileError(
      `“${file.name}” is not a kind of file Round Two reads. Choose a saved web page (.html), a text or Markdown file, or a JSON posting.`,
    );
  }
  // No character takes more than four bytes: a larger file cannot fit, so it is not even read.
  if (file.size > MAX_LENGTH[field] * 4) throw tooLarge(file.name);
  let content: string;
  try {
    content = await readText(file);
  } catch {
    throw new PostingFileError(`“${file.name}” could not be read. Try saving the page again.`);
  }
  if (content.length > MAX_LENGTH[field]) throw tooLarge(file.name);
  if (content.trim() === '') throw new PostingFileError(`“${file.name}” is empty.`);
  const format =
    field === 'postingHtml' ? 'html' : extensionOf(file.name) === 'json' ? 'json' : 'text';
  return { name: file.name, field, content, names: postingNamesOf(content, format) };
}

function tooLarge(name: string): PostingFileError {
  return new PostingFileError(
    `“${name}” is too large to keep as a job posting. Save only the job’s page, or paste the posting’s text instead.`,
  );
}
