/**
 * Content lines as iCalendar (RFC 5545 §3.1) and vCard (RFC 6350 §3.2) write them: TEXT values
 * escaped, parameters quoted when they must be, lines folded at 75 octets, CRLF line breaks.
 */

const encoder = new TextEncoder();
const MOST_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value, in double quotes when it holds ":", ";" or ","; quotes themselves cannot appear. */
function paramValue(value: string): string {
  const plain = value.replace(/["\r\n]/g, "'");
  return /[:;,]/.test(plain) ? `"${plain}"` : plain;
}

/**
 * One property as a folded content line (without the final CRLF). `value` is written as given:
 * escape TEXT values with `escapeText` first.
 * @example contentLine('DTSTART', '20261125T143000', { TZID: 'Europe/Amsterdam' })
 */
export function contentLine(
  name: string,
  value: string,
  params: Readonly<Record<string, string>> = {},
): string {
  const parameters = Object.entries(params)
    .map(([key, param]) => `;${key}=${paramValue(param)}`)
    .join('');
  return foldLine(`${name}${parameters}:${value}`);
}

/**
 * Folds a line so that no physical line is longer than 75 octets of UTF-8, the leading space of
 * a continuation included, without splitting a character's octets.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > MOST_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Joins content lines into a file: CRLF after every line, the last included. */
export function contentLines(lines: readonly string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}
