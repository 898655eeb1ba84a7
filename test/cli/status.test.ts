import { describe, expect, test } from 'vitest';
import type { Readiness } from '../../src/coach/readiness.js';
import { freshDataDir, roundtwo } from '../support/cli.js';

/** Loads the example: round 1 was nine days ago with Femke, round 2 is in five days. */
function example(dir: string): string {
  const loaded = roundtwo(dir, ['example', '--json']);
  expect(loaded.code).toBe(0);
  return (JSON.parse(loaded.stdout) as { id: string }).id;
}

describe('roundtwo status', () => {
  test('with an opportunity: the countdown, the checklist with what is missing, and the next action', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const result = roundtwo(dir, ['status', id.slice(0, 10)]);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Senior Product Manager, Shipper Platform at Larkspur Freight');
    expect(out).toMatch(
      /Round 2 in [45] days? \d+ hours? — \w{3} \d+ \w{3}, 13:30 \(Europe\/Amsterdam\)/,
    );
    expect(out).toContain('✓ Round 1 debrief captured');
    expect(out).toContain('◐ Questions to ask each interviewer');
    expect(out).toContain('    Arjun Mehta (executive): 1 of 2 questions prepared');
    expect(out).toContain('✗ Personal “why”');
    expect(out).toMatch(/\nNext: .+ \(about \d+ min\)\n {2}[45] days left and .+\.\n?$/);
  });

  test('--json gives the readiness of the next round', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const result = roundtwo(dir, ['status', id, '--json']);
    expect(result.code).toBe(0);
    const readiness = JSON.parse(result.stdout) as Readiness;
    expect(readiness).toMatchObject({ phase: 'before', round: { number: 2 } });
    expect(readiness.countdown?.past).toBe(false);
    expect(readiness.items.find((item) => item.id === 'why')?.status).toBe('not_started');
    expect(readiness.nextAction?.reason).toMatch(/^[45] days left and /);
  });

  test('--round 1 shows the follow-through of the first round', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const result = roundtwo(dir, ['status', id, '--round', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Round 1 started [89] days/);
    expect(result.stdout).toMatch(
      /✗ Thank-you notes sent\n {4}Femke de Wit: not drafted — overdue since/,
    );
    expect(result.stdout).toMatch(
      /Next: Send the thank-you note to Femke de Wit — overdue since \w{3} \d\d:\d\d/,
    );
    const missing = roundtwo(dir, ['status', id, '--round', '7']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no round with that number');
  });

  test('without an opportunity: a line per opportunity in play with its countdown and next action', () => {
    const dir = freshDataDir();
    expect(roundtwo(dir, ['status']).stdout).toContain('No opportunities in play.');
    const id = example(dir);
    const result = roundtwo(dir, ['status']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${id}  Larkspur Freight \\(Senior Product Manager, Shipper Platform\\): Round 2 in .+ · Next: .+$`,
      ),
    );
    const json = JSON.parse(roundtwo(dir, ['status', '--json']).stdout) as Readiness[];
    expect(json.map((entry) => entry.opportunity.id)).toEqual([id]);
  });

  test('an unknown opportunity fails with a message; --round without one is bad usage', () => {
    const dir = freshDataDir();
    const unknown = roundtwo(dir, ['status', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No opportunity with id "nope"');
    expect(roundtwo(dir, ['status', '--round', '2']).code).toBe(2);
  });
});
