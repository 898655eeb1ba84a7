/**
 * Text for the PDF standard fonts (Helvetica and friends), which encode WinAnsi only: Latin-1
 * plus a few typographic marks. A character outside it would print as garbage (pdfkit writes its
 * UTF-16 bytes as two WinAnsi characters), so each one becomes a safe equivalent.
 */

/** The characters WinAnsi adds to Latin-1 in its 0x80–0x9F range. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Equivalents for common characters that WinAnsi lacks. */
const EQUIVALENTS: Readonly<Record<string, string>> = {
  '→': '->',
  '⟶': '->',
  '⇒': '=>',
  '←': '<-',
  '⇐': '<=',
  '↔': '<->',
  '↑': '^',
  '↓': 'v',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '✓': '+',
  '✔': '+',
  '✗': 'x',
  '✘': 'x',
  '★': '*',
  '☆': '*',
  '▪': '•',
  '●': '•',
  '◦': '•',
  '‣': '•',
  '∙': '•',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

const isWinAnsi = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)
  );
};

/**
 * Characters that carry no text of their own: zero-width joiners and spaces, variation selectors,
 * byte-order marks, emoji tags and skin-tone modifiers. (Tested by code point: as a character
 * class they would trip the misleading-character-class lint.)
 */
const isInvisible = (code: number) =>
  (code >= 0x200b && code <= 0x200d) ||
  code === 0x2060 ||
  code === 0xfeff ||
  (code >= 0xfe00 && code <= 0xfe0f) ||
  (code >= 0xe0020 && code <= 0xe007f) ||
  (code >= 0x1f3fb && code <= 0x1f3ff);
const SPACES = /[\s\u2000-\u200a\u202f\u205f\u3000]/u;
const CONTROL = /\p{Cc}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * The text with every character outside WinAnsi replaced: arrows and comparison signs by ASCII,
 * odd spaces by a space, accented letters outside Latin-1 by their base letter ("ő" → "o"),
 * emoji dropped, and anything else (Chinese, Arabic…) by one "?" per run.
 * @example toWinAnsi('70 → 25 ✓ 🚚 Łódź') // '70 -> 25 + Lódz'
 */
export function toWinAnsi(text: string): string {
  let out = '';
  let unknown = false;
  for (const char of text.normalize('NFC')) {
    if (isInvisible(char.codePointAt(0) ?? 0)) continue;
    let safe: string | undefined;
    if (isWinAnsi(char)) safe = char;
    else if (CONTROL.test(char) && !SPACES.test(char)) safe = '';
    else if (SPACES.test(char)) safe = ' ';
    else if (EQUIVALENTS[char] !== undefined) safe = EQUIVALENTS[char];
    else if (PICTOGRAPH.test(char)) safe = '';
    else {
      const base = [...char.normalize('NFKD').replace(/\p{M}/gu, '')].filter(isWinAnsi).join('');
      if (base !== '') safe = base;
    }
    if (safe === undefined) {
      if (!unknown) out += '?';
      unknown = true;
      continue;
    }
    unknown = false;
    out += safe;
  }
  // Dropped emoji may leave doubled spaces behind.
  return out.replace(/ {2,}/g, ' ');
}
