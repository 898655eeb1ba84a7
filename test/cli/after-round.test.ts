import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

/** Runs a command that must succeed and parses its JSON output. */
function json<T>(dir: string, args: readonly string[], input?: string): T {
  const result = roundtwo(dir, [...args, '--json'], input);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface Show {
  opportunity: { id: string; status: string };
  rounds: { id: string; number: number }[];
}

/** The example: round 1 was nine days ago, round 2 is in five days. */
function example(dir: string): Show {
  const { id } = json<{ id: string }>(dir, ['example']);
  return json<Show>(dir, ['opportunity', 'show', id]);
}

/** An opportunity whose only round took place in early November, a decision due 10 Nov. */
function quietOpportunity(dir: string): string {
  const { id } = json<{ id: string }>(dir, [
    'opportunity',
    'add',
    '--company',
    'Northwind Health',
    '--role',
    'Data Engineer',
  ]);
  json(dir, [
    'round',
    'add',
    id,
    '--at',
    '2026-11-02 10:00',
    '--tz',
    'Europe/London',
    '--decision-by',
    '2026-11-10',
  ]);
  return id;
}

interface Overview {
  created: number;
  due: { followUp: { id: string; body: string }; sequence: number }[];
  coldSuggestions: unknown[];
  upcoming: { sequence: number | null }[];
}

describe('roundtwo followups', () => {
  test('nothing is due while the example’s round 2 is still ahead', () => {
    const dir = freshDataDir();
    example(dir);
    const result = roundtwo(dir, ['followups']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No follow-ups due.');
  });

  test('a passed decision date gives a drafted reminder, once', () => {
    const dir = freshDataDir();
    quietOpportunity(dir);
    const text = roundtwo(dir, ['followups']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Follow-ups due (1):');
    expect(text.stdout).toContain('Drafted 1 new follow-up.');
    expect(text.stdout).toContain('Data Engineer at Northwind Health, round 1 — follow-up 1 of 2');
    expect(text.stdout).toContain('    Hello,');
    expect(text.stdout.toLowerCase()).not.toContain('just checking in');
    const again = json<Overview>(dir, ['followups']);
    expect(again.created).toBe(0);
    expect(again.due).toHaveLength(1);
  });

  test('followups sent marks it sent; the second then waits its working week', () => {
    const dir = freshDataDir();
    quietOpportunity(dir);
    const { due } = json<Overview>(dir, ['followups']);
    const sent = roundtwo(dir, ['followups', 'sent', due[0]!.followUp.id]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/^Marked follow-up \S+ as sent at \d{4}-/);
    const after = json<Overview>(dir, ['followups']);
    expect(after.due).toEqual([]);
    expect(after.upcoming).toMatchObject([{ sequence: 2 }]);
  });

  test('followups cold marks the opportunity cold and cancels the planned one', () => {
    const dir = freshDataDir();
    const id = quietOpportunity(dir);
    roundtwo(dir, ['followups']);
    const cold = roundtwo(dir, ['followups', 'cold', id]);
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stdout).toBe(
      'Marked Data Engineer at Northwind Health as cold; cancelled 1 planned follow-up.\n',
    );
    expect(json<Overview>(dir, ['followups']).due).toEqual([]);
  });

  test('a sent time without an offset is bad usage', () => {
    const dir = freshDataDir();
    const result = roundtwo(dir, ['followups', 'sent', 'x', '--at', '2026-11-20 10:00']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--at must be an ISO 8601 time with an offset');
  });
});

describe('roundtwo reflect and trends', () => {
  test('records a reflection, changes it, and shows the trend', () => {
    const dir = freshDataDir();
    const { rounds } = example(dir);
    const round = rounds[0]!.id;
    const first = roundtwo(dir, [
      'reflect',
      round,
      '--preparation',
      '3',
      '--answers',
      '2',
      '--body-language',
      '2',
      '--connection',
      '4',
      '--lesson',
      'Give the result in numbers',
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Recorded the reflection on this round');
    expect(first.stdout).toContain('preparation 3, answers 2, body language 2, connection 4');
    const changed = roundtwo(dir, ['reflect', round, '--connection', '5']);
    expect(changed.stdout).toContain('Updated the reflection');
    expect(changed.stdout).toContain('connection 5');
    expect(changed.stdout).toContain('lesson: Give the result in numbers');

    const trends = roundtwo(dir, ['trends']);
    expect(trends.code).toBe(0);
    expect(trends.stdout).toContain('Reflection trends across 1 round');
    expect(trends.stdout).toMatch(/connection\s+\d{4}-\d\d-\d\d 5 \(average 5\)/);
    const data = json<{ rounds: number; dimensions: unknown[] }>(dir, ['trends']);
    expect(data).toMatchObject({ rounds: 1 });
    expect(data.dimensions).toHaveLength(4);
  });

  test('a rating outside 1–5, or nothing to record, is bad usage', () => {
    const dir = freshDataDir();
    const { rounds } = example(dir);
    const bad = roundtwo(dir, ['reflect', rounds[0]!.id, '--answers', '7']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--answers must be a rating from 1 to 5');
    expect(roundtwo(dir, ['reflect', rounds[0]!.id]).code).toBe(2);
  });

  test('a round still ahead cannot be reflected on', () => {
    const dir = freshDataDir();
    const { rounds } = example(dir);
    const result = roundtwo(dir, ['reflect', rounds[1]!.id, '--answers', '4']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has not taken place yet');
  });

  test('no reflections yet says how to add one', () => {
    const result = roundtwo(freshDataDir(), ['trends']);
    expect(result.stdout).toContain('No reflections yet.');
  });
});

describe('roundtwo next-round and offer', () => {
  test('next-round adds round 3 with the interviewers seated and the carry-over', () => {
    const dir = freshDataDir();
    const { opportunity } = example(dir);
    const result = roundtwo(dir, ['next-round', opportunity.id, '--at', '2026-12-10 14:00']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^Added round 3 \(\S+\): Thu 10 Dec 2026, 14:00 \(Europe\/Amsterdam\)/,
    );
    expect(result.stdout).toContain(
      'Seated from the last round: Femke de Wit (Director of Product), Arjun Mehta (Chief Technology Officer), Sanne Bakker (Head of Operations)',
    );
    expect(result.stdout).toContain(
      '  - Still to keep: Send Femke the one-page summary of the invoice-splitting results (to Femke de Wit, round 1).',
    );
    const shown = json<Show>(dir, ['opportunity', 'show', opportunity.id]);
    expect(shown.rounds.map((round) => round.number)).toEqual([1, 2, 3]);
  });

  test('next-round --json, and a time that does not exist is bad usage', () => {
    const dir = freshDataDir();
    const { opportunity } = example(dir);
    const skipped = roundtwo(dir, ['next-round', opportunity.id, '--at', '2027-03-28 02:30']);
    expect(skipped.code).toBe(2);
    expect(skipped.stderr).toContain('does not exist in Europe/Amsterdam');
    const next = json<{ round: { number: number }; seated: unknown[] }>(dir, [
      'next-round',
      opportunity.id,
    ]);
    expect(next.round.number).toBe(3);
    expect(next.seated).toHaveLength(3);
  });

  test('offer shows the checklist and hides the walk-away unless asked', () => {
    const dir = freshDataDir();
    const { opportunity } = example(dir);
    const exported = roundtwo(dir, ['export']);
    const document = JSON.parse(exported.stdout) as { records: Record<string, unknown[]> };
    document.records['salary-preps'] = [
      {
        id: 'salary-prep-1',
        opportunityId: opportunity.id,
        currency: 'EUR',
        target: 92000,
        rangeLow: 80000,
        rangeHigh: 100000,
        walkAway: 83250,
        marketSources: ['a 2026 Dutch PM salary survey'],
        notes: null,
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-01T09:00:00.000Z',
      },
    ];
    const imported = roundtwo(dir, ['import', '-', '--replace'], JSON.stringify(document));
    expect(imported.code, imported.stderr).toBe(0);

    const offer = roundtwo(dir, ['offer', opportunity.id]);
    expect(offer.code, offer.stderr).toBe(0);
    expect(offer.stdout).toContain('status is now "offer"');
    expect(offer.stdout).toContain('Your target, €92,000, sits in the upper half');
    expect(offer.stdout).toContain('Your walk-away is set.');
    expect(offer.stdout).toContain('Walk-away: hidden');
    expect(offer.stdout).not.toMatch(/83,?250/);
    expect(offer.stdout).toContain('1. Thank them, and do not answer on the spot');
    expect(offer.stdout).toContain('How is the compensation in this offer split');
    const shown = roundtwo(dir, ['offer', opportunity.id, '--show-walk-away']);
    expect(shown.stdout).toContain('Walk-away (yours only): €83,250');
    const data = json<{ checklist: { private: { walkAway: number } } }>(dir, [
      'offer',
      opportunity.id,
    ]);
    expect(data.checklist.private.walkAway).toBe(83250);
  });
});
