import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/resumes', name);

describe('roundtwo resume', () => {
  test('import a JSON Resume, then list the items with kind, title, organisation and dates', () => {
    const dir = freshDataDir();
    const imported = roundtwo(dir, [
      'resume',
      'import',
      '--file',
      fixture('maren-okafor.resume.json'),
    ]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim()).toBe(
      'Imported 12 résumé items: 2 work, 1 project, 1 education, 1 certificate, 1 award, 1 volunteer, 1 publication, 3 skill, 1 other.',
    );

    const listed = roundtwo(dir, ['resume', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /\S+ {2}work {9}Senior Analytics Engineer — Northwind Health {2}\(from 2021-04-01\)/,
    );
    expect(listed.stdout).toMatch(
      /education {4}BSc in Mathematics — University of Sheffield {2}\(2013-09-01 – 2016-06-01\)/,
    );
    expect(listed.stdout).toMatch(/award {8}Data Team of the Year — .+ {2}\(2023-11-02\)/);
  });

  test('import --json prints the counts, and list --json the stored items', () => {
    const dir = freshDataDir();
    const imported = roundtwo(dir, [
      'resume',
      'import',
      '--file',
      fixture('tomas-reyes.txt'),
      '--format',
      'text',
      '--json',
    ]);
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout) as {
      created: number;
      byKind: Record<string, number>;
    };
    expect(result.created).toBe(13);
    expect(result.byKind.work).toBe(2);

    const items = JSON.parse(roundtwo(dir, ['resume', 'list', '--json']).stdout) as {
      kind: string;
      title: string;
    }[];
    expect(items).toHaveLength(13);
    expect(items[1]).toMatchObject({ kind: 'work', title: 'Operations Manager' });
  });

  test('--replace swaps the earlier import for the new one', () => {
    const dir = freshDataDir();
    roundtwo(dir, ['resume', 'import', '--file', fixture('tomas-reyes.txt')]);
    const replaced = roundtwo(dir, [
      'resume',
      'import',
      '--file',
      fixture('priya-shah.md'),
      '--replace',
      '--json',
    ]);
    expect(replaced.code).toBe(0);
    const items = JSON.parse(roundtwo(dir, ['resume', 'list', '--json']).stdout) as unknown[];
    expect(items).toHaveLength(11);
  });

  test('--file - reads the résumé from standard input', () => {
    const dir = freshDataDir();
    const result = roundtwo(
      dir,
      ['resume', 'import', '--file', '-', '--json'],
      '{"work":[{"position":"Analyst","name":"Acme"}]}',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ created: 1, byKind: { work: 1 } });
  });

  test('an invalid JSON Resume exits 2 naming the path, and imports nothing', () => {
    const dir = freshDataDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ work: [{}, {}, { highlights: 'one' }] }));
    const result = roundtwo(dir, ['resume', 'import', '--file', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('work.2.highlights must be an array of strings');
    expect(roundtwo(dir, ['resume', 'list']).stdout).toMatch(/No résumé items yet/);
  });

  test('bad usage exits 2 with a clear message', () => {
    const dir = freshDataDir();
    const noFile = roundtwo(dir, ['resume', 'import']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/needs --file/);
    const badFormat = roundtwo(dir, [
      'resume',
      'import',
      '--file',
      fixture('priya-shah.md'),
      '--format',
      'pdf',
    ]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be one of json, text, not "pdf"/);
    const missing = roundtwo(dir, ['resume', 'import', '--file', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read --file .*ENOENT/);
  });
});
