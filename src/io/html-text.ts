/**
 * HTML to readable text with htmlparser2: headings and paragraphs on lines of their own, list
 * items as `- ` lines indented two spaces per level; page furniture (scripts, styles, navigation,
 * header, footer, forms) left out.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';

const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'canvas',
  'iframe',
  'object',
  'dialog',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'dl',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'fieldset',
  'hr',
  'center',
]);
const PARAGRAPHS = new Set(['p', 'blockquote', 'pre', 'table', 'dl', 'section', 'article']);

/** Collects lines; inline text gathers until a block boundary flushes it. */
class LineWriter {
  private readonly lines: string[] = [];
  private inline = '';
  private prefix = '';

  text(data: string): void {
    this.inline += data;
  }

  /**
   * Ends the current line. The next line starts with `next` (a bullet or an indent) when given;
   * an empty line keeps the pending bullet, so `<li><p>text</p></li>` still reads "- text".
   */
  flush(next?: string): void {
    const text = this.inline.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      this.lines.push(`${this.prefix}${text}`);
      this.prefix = next ?? '';
    } else if (next !== undefined) {
      this.prefix = next;
    }
    this.inline = '';
  }

  blank(): void {
    this.flush();
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
  }

  result(): string {
    this.flush();
    return this.lines.join('\n').trim();
  }
}

/** Page furniture marked by class or id rather than by element: cookie banners, site footers. */
const FURNITURE =
  /(^|[\s_-])(cookies?|consent|gdpr|footer|navbar|nav|menu|breadcrumbs?|share|social|sidebar|skip)([\s_-]|$)/i;

function hidden(element: Element): boolean {
  const { attribs } = element;
  return (
    attribs.hidden !== undefined ||
    FURNITURE.test(`${attribs.id ?? ''} ${attribs.class ?? ''}`) ||
    attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none/i.test(attribs.style ?? '')
  );
}

function render(nodes: readonly AnyNode[], out: LineWriter, depth: number): void {
  for (const node of nodes) {
    if (isText(node)) {
      out.text(node.data);
      continue;
    }
    if (!isTag(node) || SKIPPED.has(node.name) || hidden(node)) continue;
    const name = node.name;
    if (/^h[1-6]$/.test(name)) {
      out.blank();
      render(node.children, out, depth);
      out.blank();
    } else if (name === 'ul' || name === 'ol') {
      out.flush();
      render(node.children, out, depth + 1);
      out.flush();
      if (depth === 0) out.blank();
    } else if (name === 'li') {
      out.flush(`${'  '.repeat(Math.max(depth - 1, 0))}- `);
      render(node.children, out, depth);
      out.flush('');
    } else if (name === 'br') {
      out.flush(depth > 0 ? '  '.repeat(depth) : '');
    } else if (name === 'th' || name === 'dt') {
      // "Location | Reno, NV" in a table or a definition list reads "Location: Reno, NV".
      if (name === 'dt') out.flush();
      render(node.children, out, depth);
      out.text(': ');
    } else if (name === 'td' || name === 'dd') {
      render(node.children, out, depth);
      if (name === 'dd') out.flush();
      else out.text(' ');
    } else if (BLOCKS.has(name)) {
      // Inside a list item a paragraph is only a line break, so the item stays one item.
      const paragraph = PARAGRAPHS.has(name) && depth === 0;
      if (paragraph) out.blank();
      else out.flush();
      render(node.children, out, depth);
      if (paragraph) out.blank();
      else out.flush();
    } else {
      render(node.children, out, depth);
    }
  }
}

/** Parses a page or a fragment. htmlparser2 is forgiving: any input gives a document. */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}

/** Readable text of some nodes (a page, its main element, a fragment). */
export function nodesToText(nodes: readonly AnyNode[]): string {
  const out = new LineWriter();
  render(nodes, out, 0);
  return out.result();
}

/**
 * An HTML fragment (a JSON-LD description, say) as readable text. Copes with fragments whose
 * markup was escaped twice (`&lt;li&gt;`) and with plain text, whose line breaks it keeps.
 */
export function fragmentToText(fragment: string): string {
  let markup = fragment;
  if (!/<[a-z][^>]*>/i.test(markup)) {
    if (!/&lt;[a-z]/i.test(markup)) return DomUtils.textContent(parseHtml(markup)).trim();
    markup = DomUtils.textContent(parseHtml(markup));
  }
  return nodesToText(parseHtml(markup).children);
}

/** The page's main content: `<main>`, `role="main"` or a single `<article>`, else the body. */
export function mainContent(document: Document): readonly AnyNode[] {
  const main = DomUtils.findOne(
    (element) => element.name === 'main' || element.attribs.role === 'main',
    document.children,
  );
  if (main) return [main];
  const articles = DomUtils.getElementsByTagName('article', document.children);
  if (articles.length === 1) return articles;
  const body = DomUtils.getElementsByTagName('body', document.children, true, 1)[0];
  return body ? body.children : document.children;
}

/** The text of every `<script type="application/ld+json">`. */
export function jsonLdScripts(document: Document): string[] {
  return DomUtils.findAll(
    (element) => element.name === 'script' && /ld\+json/i.test(element.attribs.type ?? ''),
    document.children,
  ).map((script) => DomUtils.textContent(script));
}

/** The page's job title (its first `<h1>`, else `<title>`) and the site name it declares. */
export function pageNames(document: Document): { title?: string; site?: string } {
  const text = (element: Element | undefined) =>
    element ? DomUtils.textContent(element).replace(/\s+/g, ' ').trim() : '';
  const h1 = text(DomUtils.getElementsByTagName('h1', document.children, true, 1)[0]);
  const titleTag = text(DomUtils.getElementsByTagName('title', document.children, true, 1)[0]);
  const title = h1 || titleTag.split(/\s+[|–—]\s+/)[0]?.trim() || '';
  const site = DomUtils.findOne(
    (element) =>
      element.name === 'meta' &&
      (element.attribs.property === 'og:site_name' || element.attribs.name === 'og:site_name'),
    document.children,
  )?.attribs.content?.trim();
  return { ...(title ? { title } : {}), ...(site ? { site } : {}) };
}
