import { describe, expect, test } from 'vitest';
import { toWinAnsi } from './win-ansi.js';

describe('toWinAnsi', () => {
  test('keeps Latin-1 and the typographic marks WinAnsi has', () => {
    const text = 'Café “quotes” ‘single’ — en – dash … • € ™ Zürich Œuvre';
    expect(toWinAnsi(text)).toBe(text);
  });

  test('replaces arrows, comparison signs and check marks with ASCII', () => {
    expect(toWinAnsi('70 → 25 ≤ 30 ≥ 2 ✓ done ✗ not')).toBe('70 -> 25 <= 30 >= 2 + done x not');
  });

  test('takes accented letters outside Latin-1 back to their base letter', () => {
    expect(toWinAnsi('Łódź, Dvořák, Đorđe')).toBe('Lódz, Dvorák, Dorde');
  });

  test('drops emoji and their modifiers, and tidies the space they leave', () => {
    expect(toWinAnsi('Ship it 🚚 now 👍🏽 and 🇳🇱 done')).toBe('Ship it now and done');
  });

  test('marks each run of other scripts with one question mark', () => {
    expect(toWinAnsi('Meet 王伟 and Ahmed أحمد')).toBe('Meet ? and Ahmed ?');
  });

  test('turns odd spaces and control characters into plain text', () => {
    expect(toWinAnsi('a\u2009b\u00a0c\td\u0007e\u200bf')).toBe('a b\u00a0c def');
  });
});
