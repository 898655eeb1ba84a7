/**
 * The job title and company a saved posting names, to fill in an empty form. Only the structured
 * data is read (schema.org `JobPosting` JSON-LD, or a JSON Resume `job.json`); the server reads
 * the posting itself in full.
 */
export interface PostingNames {
  readonly title?: string;
  readonly company?: string;
}

// A script element's text ends at the first `</script`, whatever it contains, so a pattern finds
// every JSON-LD block as reliably as a parser would.
const JSON_LD_SCRIPT =
  /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJobPosting(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  return Array.isArray(type) ? type.includes('JobPosting') : type === 'JobPosting';
}

/** The first `JobPosting` node anywhere in a JSON-LD value (arrays, `@graph`, nesting). */
function findJobPosting(value: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 6) return undefined;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = findJobPosting(entry, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (isJobPosting(value)) return value;
  for (const entry of Object.values(value)) {
    const found = findJobPosting(entry, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Job boards often HTML-escape the values inside JSON-LD ("R&amp;D"); names must read plainly. */
function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

function namesOf(title: unknown, company: unknown): PostingNames {
  const names: { title?: string; company?: string } = {};
  const plainTitle = plainText(title);
  const plainCompany = plainText(isObject(company) ? company.name : company);
  if (plainTitle) names.title = plainTitle;
  if (plainCompany) names.company = plainCompany;
  return names;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Title and company from a JSON value: a JSON-LD `JobPosting`, or else, in a file of its own,
 * a JSON Resume `job.json` (`title`, `company`).
 */
function namesInJson(value: unknown, jobJson: boolean): PostingNames {
  const posting = findJobPosting(value);
  if (posting) return namesOf(posting.title, posting.hiringOrganization);
  if (jobJson && isObject(value)) return namesOf(value.title ?? value.position, value.company);
  return {};
}

/**
 * The title and company named by a saved job page's JSON-LD, or by a JSON posting file; empty
 * when the file does not say (a broken JSON-LD block is skipped).
 * @example postingNamesOf(html, 'html') // { title: 'Operations Analyst', company: 'Harbourline' }
 */
export function postingNamesOf(content: string, format: 'html' | 'json' | 'text'): PostingNames {
  if (format === 'json') return namesInJson(parsed(content), true);
  if (format !== 'html') return {};
  for (const match of content.matchAll(JSON_LD_SCRIPT)) {
    const names = namesInJson(parsed(match[1] ?? ''), false);
    if (names.title || names.company) return names;
  }
  return {};
}
