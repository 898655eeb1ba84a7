/**
 * Reads a job posting from pasted text, Markdown, a saved web page or a JSON file into one
 * `PostingDocument`.
 */
import type { PostingDocument, PostingFormat } from '../domain/posting.js';
import { jsonLdScripts, mainContent, nodesToText, pageNames, parseHtml } from './html-text.js';
import { markdownToText } from './markdown-text.js';
import { findJobPosting, readJobPosting, readJsonResumeJob } from './posting-json.js';

/** The input cannot be read in the format asked for (invalid JSON, no posting in it). */
export class PostingReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PostingReadError';
  }
}

const HTML_TAG =
  /<!doctype html|<(html|head|body|div|p|ul|ol|li|h[1-6]|script|article|section|main|span|br|table|meta|strong|b|em)(\s[^>]*)?\/?>/i;
const MARKDOWN =
  /^\s{0,3}#{1,6}\s+\S|^\s*[-*+]\s+\S|^\s*\d{1,3}[.)]\s+\S|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)/m;

function parseJson(input: string): unknown {
  return JSON.parse(input) as unknown;
}

/**
 * The format of an input, by its content: a JSON object or array that parses is `json`; HTML
 * tags make `html`; Markdown headings, list items, bold text or links make `markdown`; anything
 * else is `text`.
 */
export function detectPostingFormat(input: string): PostingFormat {
  const trimmed = input.trim();
  if (/^[{[]/.test(trimmed)) {
    try {
      const value = parseJson(trimmed);
      if (typeof value === 'object' && value !== null) return 'json';
    } catch {
      // Not JSON after all; look further.
    }
  }
  if (HTML_TAG.test(trimmed)) return 'html';
  if (MARKDOWN.test(trimmed)) return 'markdown';
  return 'text';
}

/** Plain text tidied: one kind of line break, no trailing spaces, at most one blank line. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function readHtml(input: string): PostingDocument {
  const document = parseHtml(input);
  for (const script of jsonLdScripts(document)) {
    let value: unknown;
    try {
      value = parseJson(script);
    } catch {
      continue; // A broken JSON-LD block is skipped; the page text still reads.
    }
    const posting = findJobPosting(value);
    if (posting) {
      const fields = readJobPosting(posting);
      // A JSON-LD block without a description: the page's text carries the posting.
      const description =
        fields.description.trim() === '' ? nodesToText(mainContent(document)) : fields.description;
      return { ...fields, description, sourceFormat: 'html' };
    }
  }
  const names = pageNames(document);
  return {
    ...(names.title ? { title: names.title } : {}),
    ...(names.site ? { company: names.site } : {}),
    description: nodesToText(mainContent(document)),
    sourceFormat: 'html',
  };
}

function readJson(input: string): PostingDocument {
  let value: unknown;
  try {
    value = parseJson(input);
  } catch (error) {
    throw new PostingReadError(
      `The posting is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    );
  }
  const posting = findJobPosting(value);
  if (posting) return { ...readJobPosting(posting), sourceFormat: 'json' };
  const job: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  const fields = [
    'title',
    'company',
    'description',
    'responsibilities',
    'qualifications',
    'skills',
  ];
  if (typeof job === 'object' && job !== null && fields.some((field) => field in job)) {
    return { ...readJsonResumeJob(job as Record<string, unknown>), sourceFormat: 'json' };
  }
  throw new PostingReadError(
    'The JSON holds no job posting: expected a JSON Resume job.json or a schema.org JobPosting.',
  );
}

/**
 * Reads a posting into a `PostingDocument`. The format is detected when not given. HTML prefers
 * the page's schema.org `JobPosting` JSON-LD and falls back to the page's readable text; JSON may
 * be a JSON Resume `job.json` or a `JobPosting` object.
 * @throws PostingReadError for JSON that does not parse or holds no posting.
 * @example readPosting('<ul><li>3+ years of SQL</li></ul>').description // '- 3+ years of SQL'
 */
export function readPosting(input: string, format?: PostingFormat): PostingDocument {
  const sourceFormat = format ?? detectPostingFormat(input);
  switch (sourceFormat) {
    case 'html':
      return readHtml(input);
    case 'json':
      return readJson(input);
    case 'markdown': {
      const { text, title } = markdownToText(input);
      return { ...(title ? { title } : {}), description: text, sourceFormat };
    }
    case 'text':
      return { description: tidy(input), sourceFormat };
  }
}
