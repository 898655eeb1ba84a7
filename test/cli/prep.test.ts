import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

/** Runs a command that must succeed and parses its JSON output. */
function json<T>(dir: string, args: readonly string[]): T {
  const result = roundtwo(dir, [...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

/** The example opportunity, which has no salary preparation or personal why yet. */
const example = (dir: string) => json<{ id: string }>(dir, ['example']).id;

describe('roundtwo salary', () => {
  test('without a salary preparation, prints the four scripts saying what to add', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const result = roundtwo(dir, ['salary', id]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('No salary preparation yet');
    expect(result.stdout.match(/\(not ready\)/g)).toHaveLength(4);
    const view = json<{ scripts: unknown[]; private?: unknown }>(dir, ['salary', id]);
    expect(view.scripts).toHaveLength(4);
    expect(view.private).toBeUndefined();
  });

  test('an unknown opportunity is an error naming it', () => {
    const dir = freshDataDir();
    const result = roundtwo(dir, ['salary', 'nope']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('"nope"');
  });
});

describe('roundtwo why', () => {
  test('reports a missing "why now" for an opportunity with no personal why', () => {
    const dir = freshDataDir();
    const id = example(dir);
    const view = json<{ findings: { kind: string }[] }>(dir, ['why', id]);
    expect(view.findings.map((finding) => finding.kind)).toEqual(['missing_why_now']);
    expect(roundtwo(dir, ['why', id]).stdout).toContain('There is no answer to "why now?" yet.');
  });
});

describe('roundtwo checklist', () => {
  test('prints the checklist of a format', () => {
    const dir = freshDataDir();
    const result = roundtwo(dir, ['checklist', 'informal-meal']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Checklist — informal meal');
    expect(result.stdout.match(/\[ \]/g)?.length).toBeGreaterThanOrEqual(6);
  });

  test('an unknown format is refused with the known ones', () => {
    const result = roundtwo(freshDataDir(), ['checklist', 'karaoke']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('panel, case-study');
  });
});
