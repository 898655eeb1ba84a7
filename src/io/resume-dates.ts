/**
 * Dates as résumés write them in text: "Jan 2019 – Mar 2021", "2019-2021", "03/2019 – present",
 * "2021-04". Each point becomes the first day of its month or year (YYYY-MM-DD).
 */

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// Years outside 1950–2099 are more likely quantities ("3000 users") than dates.
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
const MONTH_NUMBER = '(?:0?[1-9]|1[0-2])';
const POINT = [
  `(?:${MONTH})\\.?,?\\s+${YEAR}`,
  `${MONTH_NUMBER}[/.]${YEAR}`,
  // "2019-03" is a month, but "2019-2021" is a range of years: no digit may follow the month.
  `${YEAR}[-/.](?:0[1-9]|1[0-2])(?:[-/.](?:0[1-9]|[12]\\d|3[01]))?(?!\\d)`,
  YEAR,
].join('|');
const OPEN_END = 'present|current|now|today|ongoing|date';
const SEPARATOR = '\\s*(?:–|—|‒|―|-|→|->|to|until|till)\\s*';

const RANGE = new RegExp(`\\b(${POINT})${SEPARATOR}(${POINT}|${OPEN_END})\\b`, 'i');
const SINCE = new RegExp(`\\b(?:since|from)\\s+(${POINT})\\b`, 'i');
const SINGLE = new RegExp(`\\b(${POINT})\\b`, 'i');

/** The dates found in a line, and the line without them. */
export interface DatesInLine {
  readonly start?: string;
  readonly end?: string;
  /** Whether the range is open ("– present"). */
  readonly ongoing: boolean;
  /** One date alone, not a range (a graduation year, the date of an award). */
  readonly single: boolean;
  readonly rest: string;
}

/** A point such as "Sept 2019", "03/2019", "2019-03-15" or "2019" as YYYY-MM-DD. */
export function pointToLocalDate(point: string): string | undefined {
  const text = point.trim().toLowerCase();
  const named = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS.findIndex((prefix) => named[1]?.startsWith(prefix));
    return month < 0 ? undefined : `${named[2]}-${pad(month + 1)}-01`;
  }
  const monthFirst = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (monthFirst) return `${monthFirst[2]}-${pad(Number(monthFirst[1]))}-01`;
  const yearFirst = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  if (!yearFirst) return undefined;
  const [, year, month = '1', day = '1'] = yearFirst;
  const iso = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Finds a date range ("2019 – 2021", "since 2020") or a single date in a line of text. */
export function findDates(line: string): DatesInLine | undefined {
  const range = RANGE.exec(line);
  if (range) {
    const [matched, from = '', to = ''] = range;
    const ongoing = new RegExp(`^(?:${OPEN_END})$`, 'i').test(to);
    return {
      start: pointToLocalDate(from),
      end: ongoing ? undefined : pointToLocalDate(to),
      ongoing,
      single: false,
      rest: without(line, range.index, matched),
    };
  }
  const since = SINCE.exec(line);
  if (since) {
    return {
      start: pointToLocalDate(since[1] ?? ''),
      ongoing: true,
      single: false,
      rest: without(line, since.index, since[0]),
    };
  }
  const single = SINGLE.exec(line);
  if (single) {
    const start = pointToLocalDate(single[1] ?? '');
    if (start)
      return { start, ongoing: false, single: true, rest: without(line, single.index, single[0]) };
  }
  return undefined;
}

/** The line with the matched dates cut out, and any brackets they leave empty. */
function without(line: string, index: number, matched: string): string {
  return `${line.slice(0, index)} ${line.slice(index + matched.length)}`
    .replace(/[([]\s*[)\]]/g, ' ')
    .replace(/\s+([.,;:])$/, '$1')
    .trim();
}
