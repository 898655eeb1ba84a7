import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BIN, freshDataDir, roundtwo } from '../support/cli.js';
import { pdfInfo, pdfText } from '../support/pdf-tools.js';

/** Loads the example: round 1 was nine days ago with Femke, round 2 is in five days. */
function example(dir: string): string {
  const loaded = roundtwo(dir, ['example', '--json']);
  expect(loaded.code).toBe(0);
  return (JSON.parse(loaded.stdout) as { id: string }).id;
}

describe('roundtwo brief', () => {
  test('prints the next round’s brief as Markdown by default', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const result = roundtwo(dir, ['brief', id.slice(0, 10)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^# Day-of brief: Senior Product Manager, Shipper Platform at Larkspur Freight, round 2\n/,
    );
    expect(result.stdout).toMatch(
      /\*\*\w{3} \d+ \w{3} \d{4}, 13:30 \(Europe\/Amsterdam\)\*\* — in 5 days/,
    );
    for (const heading of [
      '### Femke de Wit',
      '### Arjun Mehta',
      '### Sanne Bakker',
      '## On the day',
    ])
      expect(result.stdout).toContain(heading);
  });

  test('-o brief.pdf writes a one-page PDF with the interviewers and the local time', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const file = join(dir, 'brief.pdf');
    const result = roundtwo(dir, ['brief', id, '-o', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Wrote ${file}.`);
    const pdf = readFileSync(file);
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Femke de Wit');
    expect(text).toMatch(/13:30 \(Europe\/Amsterdam\) — in 5 days/);
  });

  test('--format pdf without -o writes brief-<company>-round-<n>.pdf in the current directory', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const cwd = mkdtempSync(join(tmpdir(), 'roundtwo-brief-'));
    const result = spawnSync(BIN, ['brief', id, '--format', 'pdf', '--round', '1'], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ROUNDTWO_DATA_DIR: dir, TZ: 'UTC' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(existsSync(join(cwd, 'brief-larkspur-freight-round-1.pdf'))).toBe(true);
  });

  test('--json prints the brief’s data; --round picks the round', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const result = roundtwo(dir, ['brief', id, '--round', '1', '--json']);
    expect(result.code).toBe(0);
    const brief = JSON.parse(result.stdout) as {
      header: { roundNumber: number };
      interviewers: { name: string }[];
    };
    expect(brief.header.roundNumber).toBe(1);
    expect(brief.interviewers.map((person) => person.name)).toEqual(['Femke de Wit']);
  });

  test('bad usage exits with 2 and says what is wrong', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const format = roundtwo(dir, ['brief', id, '--format', 'docx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be pdf or md, not "docx".');
    const round = roundtwo(dir, ['brief', id, '--round', '9']);
    expect(round.code).toBe(2);
    expect(round.stderr).toContain('no round 9');
    const both = roundtwo(dir, ['brief', id, '--json', '-o', 'x.md']);
    expect(both.code).toBe(2);
  });

  test('an unknown opportunity fails with exit code 1', () => {
    const dir = freshDataDir();
    example(dir);
    const result = roundtwo(dir, ['brief', 'zzz-nothing']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No opportunity with id "zzz-nothing"');
  });
});
