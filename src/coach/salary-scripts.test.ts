import { describe, expect, test } from 'vitest';
import { anchorOf, counterOf, writeSalaryScripts, type SalaryNumbers } from './salary-scripts.js';

const aSalaryPrep = (overrides: Partial<SalaryNumbers> = {}): SalaryNumbers => ({
  currency: 'EUR',
  target: 90_000,
  rangeLow: 85_000,
  rangeHigh: 100_000,
  walkAway: 82_500,
  marketSources: ['the Hays 2026 salary guide', 'two peers in similar roles'],
  ...overrides,
});
const larkspur = { company: 'Larkspur', role: 'Product Manager', focus: 'the onboarding roadmap' };
const scriptOf = (numbers: SalaryNumbers | null, id: string) =>
  writeSalaryScripts(numbers, larkspur).scripts.find((entry) => entry.id === id);

describe('salary scripts', () => {
  test('writes one script for each of the four situations', () => {
    const { scripts } = writeSalaryScripts(aSalaryPrep(), larkspur);
    expect(scripts.map((entry) => entry.id)).toEqual([
      'expectations',
      'defer',
      'counter',
      'low_offer',
    ]);
    for (const entry of scripts) {
      expect(entry.ready).toBe(true);
      expect(entry.why.length).toBeGreaterThan(40);
    }
  });

  test('the expectations answer anchors on a range starting at the target and cites the sources', () => {
    const script = scriptOf(aSalaryPrep(), 'expectations')?.script ?? '';
    expect(script).toContain('€90,000 to €100,000');
    expect(script).toContain('the Hays 2026 salary guide and two peers in similar roles');
  });

  test('the anchor starts at the researched low when that is above the target', () => {
    expect(anchorOf(80_000, 85_000, 100_000)).toEqual({ low: 85_000, high: 100_000 });
  });

  test('the anchor is widened when the research tops out below the target', () => {
    expect(anchorOf(100_000, 80_000, 95_000)).toEqual({ low: 100_000, high: 110_000 });
  });

  test('the counter lies between the target and the range top, rounded', () => {
    expect(counterOf(90_000, 100_000)).toBe(95_000);
    expect(counterOf(90_000, 85_000)).toBe(90_000);
    const script = scriptOf(aSalaryPrep(), 'counter')?.script ?? '';
    expect(script).toContain('€95,000');
    expect(script).toMatch(/^Thank you/);
    expect(script).toContain('other parts of the package');
  });

  test('deferring turns to the role and still has the range ready', () => {
    const script = scriptOf(aSalaryPrep(), 'defer')?.script ?? '';
    expect(script).toContain('the onboarding roadmap');
    expect(script).toContain('€90,000 to €100,000');
  });

  test('money is formatted in the candidate’s currency', () => {
    const script = scriptOf(aSalaryPrep({ currency: 'GBP' }), 'expectations')?.script ?? '';
    expect(script).toContain('£90,000 to £100,000');
  });

  test('the walk-away figure never appears in any script, however it is written', () => {
    const walkAways = [82_500, 90_000, 95_000];
    for (const walkAway of walkAways) {
      const { scripts } = writeSalaryScripts(aSalaryPrep({ walkAway }), larkspur);
      const text = JSON.stringify(scripts);
      const digits = String(walkAway);
      const grouped = digits.replace(/(\d{3})$/, ',$1');
      expect(text).not.toContain(digits);
      expect(text).not.toContain(grouped);
    }
  });

  test('missing figures give scripts that say what to add, never a placeholder', () => {
    const { scripts, anchor, counter } = writeSalaryScripts(
      aSalaryPrep({ target: null, rangeLow: null, rangeHigh: null, marketSources: [] }),
      larkspur,
    );
    expect(anchor).toBeNull();
    expect(counter).toBeNull();
    for (const entry of scripts) {
      expect(entry.ready).toBe(false);
      expect(entry.script).toContain('your target salary');
      expect(entry.script).not.toMatch(/\[|\{|\bX\b/);
    }
  });

  test('without sources the scripts are still ready but say the basis is missing', () => {
    const entry = scriptOf(aSalaryPrep({ marketSources: [] }), 'counter');
    expect(entry?.ready).toBe(true);
    expect(entry?.missing).toEqual(['sources']);
    expect(entry?.script).not.toContain('going by');
  });

  test('no salary preparation at all still gives four scripts to fill in', () => {
    const { scripts } = writeSalaryScripts(null, larkspur);
    expect(scripts).toHaveLength(4);
    expect(scripts.every((entry) => !entry.ready)).toBe(true);
  });
});
