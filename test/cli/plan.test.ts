import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

function exampleOpportunity(dir: string): string {
  const loaded = roundtwo(dir, ['example', '--json']);
  expect(loaded.code).toBe(0);
  return (JSON.parse(loaded.stdout) as { id: string }).id;
}

describe('roundtwo plan', () => {
  test('plans the next scheduled round per interviewer, with reasons and stories', () => {
    const dir = freshDataDir();
    const id = exampleOpportunity(dir);
    const result = roundtwo(dir, ['plan', id.slice(0, 10)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Round 2 plan — Senior Product Manager, Shipper Platform at Larkspur Freight',
    );
    expect(result.stdout).toMatch(
      /Femke de Wit \(hiring manager\)[\s\S]*why: you rated your answer 2\/5 in round 1/,
    );
    expect(result.stdout).toContain('Ask them:');
    expect(result.stdout).toContain('Gaps in your evidence:');
  });

  test('--json gives the plan for the round asked for', () => {
    const dir = freshDataDir();
    const id = exampleOpportunity(dir);
    const result = roundtwo(dir, ['plan', id, '--round', '2', '--json']);
    const view = JSON.parse(result.stdout) as {
      round: { number: number };
      plan: { interviewers: unknown[] };
    };
    expect(view.round.number).toBe(2);
    expect(view.plan.interviewers).toHaveLength(3);
  });

  test('a round that does not exist, or an opportunity without rounds, is bad usage with a message', () => {
    const dir = freshDataDir();
    const id = exampleOpportunity(dir);
    const missing = roundtwo(dir, ['plan', id, '--round', '7']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--round 7');
    const added = roundtwo(dir, [
      'opportunity',
      'add',
      '--company',
      'Acme',
      '--role',
      'Analyst',
      '--json',
    ]);
    const empty = roundtwo(dir, ['plan', (JSON.parse(added.stdout) as { id: string }).id]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no rounds yet');
  });
});
