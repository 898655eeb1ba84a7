import { join } from 'node:path';
import { expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

const posting = join(import.meta.dirname, '../browser/fixtures/job-posting.html');
const json = <T>(text: string) => JSON.parse(text) as T;

test('from a saved job page to a round-2 plan on the command line', () => {
  const dir = freshDataDir();
  const added = roundtwo(dir, ['opportunity', 'add', '--posting-file', posting, '--json']);
  expect(added.code).toBe(0);
  const opportunity = json<{ id: string; company: string; role: string; postingHtml: string }>(
    added.stdout,
  );
  expect([opportunity.company, opportunity.role]).toEqual([
    'Harbourline Logistics',
    'Operations Analyst',
  ]);

  const fit = roundtwo(dir, ['fit', opportunity.id]);
  expect(fit.code).toBe(0);
  expect(fit.stdout).toMatch(/^GAP {4}/m);
  expect(fit.stdout).toContain('→ No story or résumé item shows');

  const first = json<{ id: string }>(
    roundtwo(dir, ['round', 'add', opportunity.id, '--number', '1', '--json']).stdout,
  );
  const person = json<{ id: string }>(
    roundtwo(dir, [
      'interviewer',
      'add',
      opportunity.id,
      '--name',
      'Ines Carvalho',
      '--kind',
      'hiring_manager',
      '--round',
      '1',
      '--json',
    ]).stdout,
  );
  const debrief = roundtwo(dir, [
    'debrief',
    'add',
    first.id,
    '--question',
    'How do you prioritise competing requests?',
    '--asked-by',
    person.id.slice(0, 12),
    '--rating',
    '2',
  ]);
  expect(debrief.code).toBe(0);
  const second = json<{ id: string }>(
    roundtwo(dir, [
      'round',
      'add',
      opportunity.id,
      '--number',
      '2',
      '--interviewer',
      person.id,
      '--json',
    ]).stdout,
  );
  expect(second.id).toBeTruthy();

  const plan = roundtwo(dir, ['plan', opportunity.id, '--round', '2']);
  expect(plan.code).toBe(0);
  expect(plan.stdout).toContain('Ines Carvalho (hiring manager)');
  expect(plan.stdout).toContain('why: you rated your answer 2/5 in round 1');
  expect(plan.stdout).toMatch(/from the posting|the posting asks for/);
});

test('a debrief rating outside 1–5 is refused and nothing is added', () => {
  const dir = freshDataDir();
  const opportunity = json<{ id: string }>(
    roundtwo(dir, ['opportunity', 'add', '--company', 'Acme', '--role', 'Analyst', '--json'])
      .stdout,
  );
  const round = json<{ id: string }>(
    roundtwo(dir, ['round', 'add', opportunity.id, '--json']).stdout,
  );
  const result = roundtwo(dir, [
    'debrief',
    'add',
    round.id,
    '--question',
    'Why us?',
    '--rating',
    '9',
  ]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('selfRating');
});
