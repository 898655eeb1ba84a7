import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

const weak =
  'Our support queue was growing every week. I rewrote the triage rules and trained the team on them.';
const strong =
  'Our support queue was growing every week. I was asked to bring it down before the busy season. I rewrote the triage rules and trained the team on them. The backlog fell from 400 to 120 tickets in a month.';

describe('roundtwo analyze answer', () => {
  test('prints a readable report of an answer read from standard input', () => {
    const result = roundtwo(freshDataDir(), ['analyze', 'answer'], weak);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('result MISSING');
    expect(result.stdout).toMatch(/\[problem\] missing_result: No result/);
  });

  test('reads --file and prints the full analysis with --json', () => {
    const dir = freshDataDir();
    const file = join(dir, 'answer.txt');
    writeFileSync(file, strong);
    const result = roundtwo(dir, ['analyze', 'answer', '--file', file, '--json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as {
      star: Record<string, boolean>;
      resultQuantified: boolean;
    };
    expect(analysis.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(analysis.resultQuantified).toBe(true);
  });

  test('--jsonl answers each line in order with exactly the contract fields, carrying the id', () => {
    const input = [
      JSON.stringify({ id: 'a', answer: weak }),
      JSON.stringify({
        id: 'b',
        answer: strong,
        question: 'Tell me about a time you fixed a process.',
        seconds: 10,
      }),
    ].join('\n');
    const result = roundtwo(freshDataDir(), ['analyze', 'answer', '--jsonl'], `${input}\n`);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(Object.keys(lines[0]!)).toEqual([
      'id',
      'words',
      'estimatedSeconds',
      'star',
      'resultQuantified',
      'findings',
    ]);
    const kinds = (line: Record<string, unknown>) =>
      (line.findings as { kind: string }[]).map((finding) => finding.kind);
    expect(kinds(lines[0]!)).toContain('missing_result');
    expect(kinds(lines[1]!)).toContain('pace_too_fast');
  });

  test('--jsonl reports a bad line as an error line and goes on', () => {
    const input = [
      'not json',
      JSON.stringify({ id: 1, answer: '' }),
      JSON.stringify({ id: 2 }),
      JSON.stringify({ id: 3, answer: 'x'.repeat(1_000_000) }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 4, answer: weak }),
    ].join('\n');
    const result = roundtwo(freshDataDir(), ['analyze', 'answer', '--jsonl'], input);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id?: unknown; error?: string });
    expect(lines).toHaveLength(6);
    expect(lines[0]?.error).toMatch(/^line 1: not valid JSON/);
    expect(lines[1]).toMatchObject({
      id: 1,
      error: expect.stringContaining('answer must not be empty'),
    });
    expect(lines[2]).toMatchObject({
      id: 2,
      error: expect.stringContaining('answer must be a string'),
    });
    expect(lines[3]).toMatchObject({
      id: 3,
      error: expect.stringContaining('longer than 100,000 characters'),
    });
    expect(lines[4]?.error).toContain('expected a JSON object');
    expect(lines[5]).toMatchObject({ id: 4 });
    expect(lines[5]?.error).toBeUndefined();
  });

  test('an empty answer, a missing file or a bad --seconds fails with a message and a non-zero exit', () => {
    const dir = freshDataDir();
    const empty = roundtwo(dir, ['analyze', 'answer'], '   ');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('answer must not be empty');
    expect(roundtwo(dir, ['analyze', 'answer', '--file', '/no/such.txt']).stderr).toContain(
      'ENOENT',
    );
    const seconds = roundtwo(dir, ['analyze', 'answer', '--seconds', 'soon'], weak);
    expect(seconds.code).toBe(2);
    expect(seconds.stderr).toContain('--seconds must be a positive number');
  });
});

describe('roundtwo analyze ask', () => {
  test('names the category and the problem, with an open rephrasing for a closed question', () => {
    const result = roundtwo(
      freshDataDir(),
      ['analyze', 'ask', '--json'],
      'Is there room for growth in this role?',
    );
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as {
      category: string;
      findings: { kind: string }[];
      openRephrasing?: string;
    };
    expect(analysis.findings.map((finding) => finding.kind)).toContain('closed_yes_no');
    expect(analysis.openRephrasing).toMatch(/^(How|What)\b/);
  });

  test('--jsonl: salary is premature before an offer and fine after it', () => {
    const input = [
      JSON.stringify({ id: 'q1', question: 'What is the salary for this position?' }),
      JSON.stringify({
        id: 'q2',
        question: 'What is the salary for this position?',
        stage: 'after_offer',
      }),
      JSON.stringify({ id: 'q3', question: 'What is the salary?', stage: 'someday' }),
    ].join('\n');
    const result = roundtwo(freshDataDir(), ['analyze', 'ask', '--jsonl'], input);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            category?: string;
            findings?: { kind: string }[];
            error?: string;
          },
      );
    expect(Object.keys(lines[0]!)).toEqual(['id', 'category', 'findings']);
    expect(lines[0]?.findings?.map((finding) => finding.kind)).toEqual(['premature_compensation']);
    expect(lines[1]?.findings).toEqual([]);
    expect(lines[2]?.error).toContain('stage');
  });

  test('a question that repeats round 1 is flagged when the round-1 list is given', () => {
    const dir = freshDataDir();
    const file = join(dir, 'round-one.txt');
    writeFileSync(file, 'What does a typical day look like in this role?\nHow big is the team?\n');
    const result = roundtwo(
      dir,
      ['analyze', 'ask', '--round-one-file', file],
      'What would a typical day in the role look like?',
    );
    expect(result.stdout).toContain('repeats_round_one');
  });
});

describe('roundtwo analyze note', () => {
  test('flags a placeholder, a misspelling and a missing specific, and names them', () => {
    const note =
      'Dear [Name],\nThank you for your tiem yesterday. I enjoyed our chat about the role.\nBest wishes,\nSam';
    const result = roundtwo(freshDataDir(), ['analyze', 'note', '--json'], note);
    expect(result.code).toBe(0);
    const kinds = (JSON.parse(result.stdout) as { findings: { kind: string }[] }).findings.map(
      (finding) => finding.kind,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['placeholder_left', 'spelling', 'no_specific_reference']),
    );
  });

  test('--jsonl: a note that copies another interviewer’s note is flagged', () => {
    const body = (name: string) =>
      `Dear ${name},\n\nThank you for walking me through the migration off the old booking system and the plan to split the monolith by region. I liked your point about keeping shippers unaware of the switch.\n\nBest regards,\nSam`;
    const input = JSON.stringify({
      id: 'n1',
      body: body('Arjun'),
      interviewerName: 'Arjun Mehta',
      otherNotes: [body('Femke')],
    });
    const result = roundtwo(freshDataDir(), ['analyze', 'note', '--jsonl'], input);
    const line = JSON.parse(result.stdout) as { id: string; findings: { kind: string }[] };
    expect(line.id).toBe('n1');
    expect(line.findings.map((finding) => finding.kind)).toContain('same_as_other_note');
  });
});
