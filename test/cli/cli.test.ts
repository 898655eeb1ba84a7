import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo, startServe } from '../support/cli.js';

const json = <T>(text: string) => JSON.parse(text) as T;

function addOpportunity(dataDir: string): string {
  const result = roundtwo(dataDir, [
    'opportunity',
    'add',
    '--company',
    'Acme',
    '--role',
    'Analyst',
    '--json',
  ]);
  expect(result.code).toBe(0);
  return json<{ id: string }>(result.stdout).id;
}

describe('roundtwo opportunity', () => {
  test('add, list and show an opportunity with its rounds and interviewers', () => {
    const dir = freshDataDir();
    const added = roundtwo(dir, [
      'opportunity',
      'add',
      '--company',
      'Acme',
      '--role',
      'Data Analyst',
      '--location',
      'Leeds',
    ]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/Added opportunity \S+: Data Analyst at Acme/);

    const listed = json<{ id: string; company: string }[]>(
      roundtwo(dir, ['opportunity', 'list', '--json']).stdout,
    );
    expect(listed.map((entry) => entry.company)).toEqual(['Acme']);
    const id = listed[0]!.id;

    const round = roundtwo(dir, [
      'round',
      'add',
      id.slice(0, 12),
      '--number',
      '2',
      '--at',
      '2026-11-25 14:00',
      '--tz',
      'Europe/Amsterdam',
      '--format',
      'panel',
      '--format',
      'presentation',
    ]);
    expect(round.code).toBe(0);
    expect(round.stdout).toContain('Added round 2');
    expect(round.stdout).toContain('Wed 25 Nov 2026, 14:00 (Europe/Amsterdam)');
    const person = roundtwo(dir, [
      'interviewer',
      'add',
      id,
      '--name',
      'Ola Nordmann',
      '--title',
      'CTO',
      '--kind',
      'executive',
      '--round',
      '2',
    ]);
    expect(person.code).toBe(0);

    const shown = roundtwo(dir, ['opportunity', 'show', id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(
      /Round 2 {2}Wed 25 Nov 2026, 14:00 \(Europe\/Amsterdam\) {2}panel, presentation/,
    );
    expect(shown.stdout).toContain('Ola Nordmann (CTO, executive)');
    const view = json<{ rounds: { startsAt: string }[]; interviewers: unknown[] }>(
      roundtwo(dir, ['opportunity', 'show', id, '--json']).stdout,
    );
    expect(view.rounds[0]?.startsAt).toBe('2026-11-25T13:00:00.000Z');
    expect(view.interviewers).toHaveLength(1);
  });

  test('a missing role with no posting to take it from is bad usage (exit 2) with advice', () => {
    const result = roundtwo(freshDataDir(), ['opportunity', 'add', '--company', 'Acme']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'give --company and --role, or a --posting-file that names them',
    );
  });

  test('an invalid value is bad usage (exit 2) naming the field', () => {
    const result = roundtwo(freshDataDir(), [
      'opportunity',
      'add',
      '--company',
      'Acme',
      '--role',
      'X',
      '--status',
      'maybe',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roundtwo: Invalid opportunity: status: /);
  });

  test('showing an unknown opportunity fails (exit 1) with a clear message', () => {
    const result = roundtwo(freshDataDir(), ['opportunity', 'show', 'nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('roundtwo: No opportunity with id "nope" in this workspace.\n');
  });
});

describe('roundtwo round and interviewer', () => {
  test('a round at a time that does not exist in its zone is refused', () => {
    const dir = freshDataDir();
    const id = addOpportunity(dir);
    const result = roundtwo(dir, [
      'round',
      'add',
      id,
      '--at',
      '2026-03-29 02:30',
      '--tz',
      'Europe/Berlin',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not exist in Europe/Berlin');
  });

  test('a round with an unknown format is refused and nothing is written', () => {
    const dir = freshDataDir();
    const id = addOpportunity(dir);
    const result = roundtwo(dir, ['round', 'add', id, '--format', 'duel']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('formats.0');
    expect(
      json<{ rounds: unknown[] }>(roundtwo(dir, ['opportunity', 'show', id, '--json']).stdout)
        .rounds,
    ).toEqual([]);
  });

  test('an interviewer seated in a round that does not exist is refused and not added', () => {
    const dir = freshDataDir();
    const id = addOpportunity(dir);
    const result = roundtwo(dir, ['interviewer', 'add', id, '--name', 'Kim', '--round', '7']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--round 7');
    expect(
      json<{ interviewers: unknown[] }>(roundtwo(dir, ['opportunity', 'show', id, '--json']).stdout)
        .interviewers,
    ).toEqual([]);
  });

  test('a round can seat interviewers added earlier', () => {
    const dir = freshDataDir();
    const id = addOpportunity(dir);
    const person = json<{ id: string }>(
      roundtwo(dir, ['interviewer', 'add', id, '--name', 'Kim', '--json']).stdout,
    );
    const round = roundtwo(dir, ['round', 'add', id, '--interviewer', person.id, '--json']);
    expect(round.code).toBe(0);
    expect(json<{ number: number }>(round.stdout).number).toBe(1);
  });
});

describe('roundtwo story', () => {
  test('add from flags and from a file, then list with the STAR parts present', () => {
    const dir = freshDataDir();
    expect(
      roundtwo(dir, [
        'story',
        'add',
        '--title',
        'Cut costs',
        '--situation',
        'Budget cut.',
        '--result',
        'Saved 20%.',
        '--tag',
        'cost',
      ]).code,
    ).toBe(0);
    const file = join(dir, 'story.json');
    writeFileSync(
      file,
      JSON.stringify({ title: 'Hired a team', action: 'I ran the loop.', tags: ['hiring'] }),
    );
    expect(roundtwo(dir, ['story', 'add', '--file', file]).code).toBe(0);
    const listed = roundtwo(dir, ['story', 'list']);
    expect(listed.stdout).toMatch(/Cut costs {2}\[SR\] {2}#cost/);
    expect(listed.stdout).toMatch(/Hired a team {2}\[A\] {2}#hiring/);
    expect(json<unknown[]>(roundtwo(dir, ['story', 'list', '--json']).stdout)).toHaveLength(2);
  });

  test('a story without a title, or from a broken file, is bad usage', () => {
    const dir = freshDataDir();
    expect(roundtwo(dir, ['story', 'add', '--situation', 'x']).code).toBe(2);
    const file = join(dir, 'broken.json');
    writeFileSync(file, '[1, 2');
    const result = roundtwo(dir, ['story', 'add', '--file', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('must hold one JSON object');
  });
});

describe('roundtwo export and import', () => {
  test('export to a file and import it into another data directory gives the same file', () => {
    const source = freshDataDir();
    expect(roundtwo(source, ['example']).code).toBe(0);
    const file = join(source, 'workspace.json');
    expect(roundtwo(source, ['export', '-o', file]).code).toBe(0);
    const destination = freshDataDir();
    const imported = roundtwo(destination, ['import', file, '--json']);
    expect(imported.code).toBe(0);
    expect(json<{ records: number }>(imported.stdout).records).toBeGreaterThan(20);
    expect(roundtwo(destination, ['export']).stdout).toBe(readFileSync(file, 'utf8'));
  });

  test('importing a broken file fails and keeps the data already there', () => {
    const dir = freshDataDir();
    addOpportunity(dir);
    const before = roundtwo(dir, ['export']).stdout;
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"format":"roundtwo-workspace","version":9}');
    const result = roundtwo(dir, ['import', file, '--replace']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('newer Round Two (format version 9)');
    expect(roundtwo(dir, ['export']).stdout).toBe(before);
  });

  test('importing a missing file is bad usage', () => {
    const result = roundtwo(freshDataDir(), ['import', '/no/such/file.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot read /no/such/file.json: ENOENT');
  });
});

describe('roundtwo help and usage', () => {
  test('every command has --help', () => {
    const dir = freshDataDir();
    for (const command of [
      [],
      ['serve'],
      ['opportunity'],
      ['opportunity', 'add'],
      ['opportunity', 'list'],
      ['opportunity', 'show'],
      ['round', 'add'],
      ['interviewer', 'add'],
      ['story', 'add'],
      ['story', 'list'],
      ['export'],
      ['import'],
      ['example'],
    ]) {
      const result = roundtwo(dir, [...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout, command.join(' ')).toContain('Usage: roundtwo');
    }
  });

  test('an unknown command is bad usage', () => {
    const result = roundtwo(freshDataDir(), ['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('roundtwo serve', () => {
  test('prints the URL it serves and answers on it', async () => {
    const server = startServe(freshDataDir(), ['--port', '0']);
    try {
      const url = await server.ready;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const health = await fetch(`${url}healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
    } finally {
      await server.stop();
    }
  });

  test('a port already in use is a clear failure', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const server = startServe(freshDataDir(), ['--port', String(port)]);
      const error = await server.ready.catch((caught: unknown) => caught);
      expect(String(error)).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(server.child.exitCode).toBe(1);
    } finally {
      blocker.close();
    }
  });

  test('a port that is not a number is bad usage', () => {
    const result = roundtwo(freshDataDir(), ['serve', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"eighty" is not a port number');
  });
});
