import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

interface WorkspaceFile {
  records: Record<string, Record<string, unknown>[]>;
}

/**
 * A data directory whose workspace has salary numbers with a walk-away of 123456 and the note
 * "my secret". The CLI cannot enter salary numbers, so they arrive in a workspace file.
 */
function workspaceWithSalary(): string {
  const start = freshDataDir();
  const added = roundtwo(start, ['opportunity', 'add', '--company', 'Acme', '--role', 'Analyst']);
  expect(added.code).toBe(0);
  const file = JSON.parse(roundtwo(start, ['export']).stdout) as WorkspaceFile;
  const [opportunity] = file.records.opportunities ?? [];
  file.records['salary-preps'] = [
    {
      id: 'salary-1',
      opportunityId: opportunity?.id,
      currency: 'EUR',
      target: 95000,
      rangeLow: null,
      rangeHigh: null,
      walkAway: 123456,
      marketSources: [],
      notes: 'my secret',
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
    },
  ];
  const dir = freshDataDir();
  const path = join(dir, 'with-salary.json');
  writeFileSync(path, JSON.stringify(file));
  expect(roundtwo(dir, ['import', path]).code).toBe(0);
  return dir;
}

describe('roundtwo export --share', () => {
  test('leaves out the walk-away and the salary notes, which a plain export keeps', () => {
    const dir = workspaceWithSalary();
    const full = roundtwo(dir, ['export']);
    expect(full.stdout).toContain('123456');
    expect(full.stdout).toContain('my secret');

    const share = roundtwo(dir, ['export', '--share']);
    expect(share.code).toBe(0);
    expect(share.stdout).not.toContain('123456');
    expect(share.stdout).not.toContain('my secret');
    expect(JSON.parse(share.stdout)).toMatchObject({ share: true });

    const file = join(dir, 'for-my-coach.json');
    const written = roundtwo(dir, ['export', '--share', '-o', file]);
    expect(written.stderr).toContain('for sharing, without its private fields');
    expect(readFileSync(file, 'utf8')).toBe(share.stdout);
  });

  test('a share file is refused over a workspace with data, even with --replace', () => {
    const dir = workspaceWithSalary();
    const file = join(dir, 'share.json');
    expect(roundtwo(dir, ['export', '--share', '-o', file]).code).toBe(0);
    const result = roundtwo(dir, ['import', file, '--replace']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('only be imported into an empty workspace');
    expect(roundtwo(dir, ['export']).stdout).toContain('123456');
  });
});
