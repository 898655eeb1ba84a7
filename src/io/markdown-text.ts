/**
 * Markdown postings as readable text: heading marks, emphasis, links and images taken off, list
 * items as `- ` lines indented two spaces per level of nesting.
 */

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;

/** Inline Markdown to plain text. */
function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trimEnd();
}

export interface MarkdownText {
  readonly text: string;
  /** The first level-one heading, often the job title. */
  readonly title?: string;
}

/** Converts a Markdown posting to the plain text form of a posting document. */
export function markdownToText(markdown: string): MarkdownText {
  const source = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const out: string[] = [];
  let title: string | undefined;
  // Indentation of each open list level, to turn any Markdown nesting into two spaces a level.
  const levels: number[] = [];
  let fenced = false;
  source.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return;
    }
    if (fenced) {
      out.push(line);
      return;
    }
    const heading = HEADING.exec(line);
    const next = source[index + 1] ?? '';
    if (heading) {
      const text = inline(heading[2] ?? '');
      if (heading[1] === '#' && title === undefined) title = text;
      out.push('', text, '');
      levels.length = 0;
      return;
    }
    if (SETEXT.test(next) && line.trim() !== '' && !LIST_ITEM.test(line)) {
      const text = inline(line.trim());
      if (next.trim().startsWith('=') && title === undefined) title = text;
      out.push('', text, '');
      return;
    }
    if (SETEXT.test(line) && (source[index - 1] ?? '').trim() !== '') return;
    const item = LIST_ITEM.exec(line);
    if (item) {
      const indent = (item[1] ?? '').length;
      while (levels.length > 0 && indent < levels.at(-1)!) levels.pop();
      if (levels.length === 0 || indent > levels.at(-1)!) levels.push(indent);
      out.push(`${'  '.repeat(levels.length - 1)}- ${inline(item[2] ?? '')}`);
      return;
    }
    if (line.trim() !== '' && !/^\s/.test(line)) levels.length = 0;
    const quoted = line.replace(/^\s*>\s?/, '');
    out.push(
      levels.length > 0 && /^\s+/.test(line) ? `  ${inline(quoted.trim())}` : inline(quoted),
    );
  });
  const text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, ...(title === undefined ? {} : { title }) };
}
