import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { freshDataDir, roundtwo } from '../support/cli.js';

const postingText = [
  'Data Analyst',
  '',
  "What you'll do",
  '- Build dashboards in Tableau',
  '',
  'Requirements',
  '- 3+ years of SQL',
  '- Looker is a plus',
  '',
  'Acme is an equal opportunity employer.',
].join('\n');

const savedPage = readFileSync(join(import.meta.dirname, '../../eval/postings/p03.html'), 'utf8');

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('roundtwo analyze job', () => {
  test('prints a readable report of a posting read from standard input', () => {
    const result = roundtwo(freshDataDir(), ['analyze', 'job'], postingText);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Data Analyst');
    expect(result.stdout).toContain('Requirements (1):\n  - 3+ years of SQL');
    expect(result.stdout).toContain('Preferred (1):\n  - Looker is a plus');
    expect(result.stdout).toContain('Responsibilities (1):\n  - Build dashboards in Tableau');
    expect(result.stdout).toContain('Skills: SQL, Looker');
  });

  test('reads a saved page with JSON-LD from --file and prints the full result with --json', () => {
    const dir = freshDataDir();
    const file = join(dir, 'posting.html');
    writeFileSync(file, savedPage);
    const result = roundtwo(dir, ['analyze', 'job', '--file', file, '--json']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(analysis).toMatchObject({
      title: 'Senior Backend Engineer (Payments)',
      company: 'Tallyworks',
      posting: {
        sourceFormat: 'html',
        location: 'Remote',
        baseSalary: { currency: 'CAD', min: 150000, max: 180000, unit: 'YEAR' },
      },
    });
    expect(analysis.requirements).toContain(
      'Strong proficiency in Go or another statically typed language such as Java or Kotlin',
    );
  });

  test('--format overrides detection: Markdown-looking text read as plain text keeps its marks', () => {
    const result = roundtwo(
      freshDataDir(),
      ['analyze', 'job', '--format', 'text', '--json'],
      'Requirements\n- **SQL**',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      requirements: ['SQL'],
      posting: { sourceFormat: 'text', description: 'Requirements\n- **SQL**' },
    });
  });

  test('--jsonl answers each line in order with exactly the contract keys, title and company only when found', () => {
    const input = [
      JSON.stringify({ id: 'page', text: savedPage }),
      JSON.stringify({ id: 2, text: 'Requirements\n- 3+ years of SQL', format: 'markdown' }),
    ].join('\n');
    const result = roundtwo(freshDataDir(), ['analyze', 'job', '--jsonl'], `${input}\n`);
    expect(result.code).toBe(0);
    const [page, bare] = jsonLines(result.stdout);
    expect(Object.keys(page!)).toEqual([
      'id',
      'title',
      'company',
      'requirements',
      'preferred',
      'responsibilities',
      'skills',
    ]);
    expect(bare).toEqual({
      id: 2,
      requirements: ['3+ years of SQL'],
      preferred: [],
      responsibilities: [],
      skills: ['SQL'],
    });
  });

  test('--jsonl reports each bad line as an error line with its id and goes on', () => {
    const input = [
      'not json',
      JSON.stringify({ id: 'missing' }),
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({ id: 'huge', text: 'x'.repeat(2_000_001) }),
      JSON.stringify({ id: 'bad-json', text: '{"title": ', format: 'json' }),
      JSON.stringify({ id: 'no-posting', text: '{"name": "Ada"}', format: 'json' }),
      JSON.stringify({ id: 'format', text: 'Hi', format: 'pdf' }),
      JSON.stringify({ id: 'broken-html', text: '<ul><li>SQL<li>Python' }),
    ].join('\n');
    const result = roundtwo(freshDataDir(), ['analyze', 'job', '--jsonl'], input);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    expect(lines.map((line) => line.id)).toEqual([
      undefined,
      'missing',
      'empty',
      'huge',
      'bad-json',
      'no-posting',
      'format',
      'broken-html',
    ]);
    expect(lines[0]?.error).toMatch(/^line 1: not valid JSON/);
    expect(lines[1]?.error).toMatch(/^line 2: .*text/);
    expect(lines[2]?.error).toMatch(/text must not be empty/);
    expect(lines[3]?.error).toMatch(/longer than 2,000,000 characters/);
    expect(lines[4]?.error).toMatch(/not valid JSON/);
    expect(lines[5]?.error).toMatch(/no job posting/);
    expect(lines[6]?.error).toMatch(/format/);
    expect(lines[7]).not.toHaveProperty('error');
  });

  test('bad input outside batch mode is a message and a non-zero exit', () => {
    const dir = freshDataDir();
    const empty = roundtwo(dir, ['analyze', 'job'], '  \n');
    expect(empty.code).not.toBe(0);
    expect(empty.stderr).toMatch(/text must not be empty/);

    const badJson = roundtwo(dir, ['analyze', 'job', '--format', 'json'], '{"title": ');
    expect(badJson.code).not.toBe(0);
    expect(badJson.stderr).toMatch(/not valid JSON/);

    const badFormat = roundtwo(dir, ['analyze', 'job', '--format', 'pdf'], 'x');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be one of text, markdown, html, json/);

    const missingFile = roundtwo(dir, ['analyze', 'job', '--file', join(dir, 'nope.txt')]);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toMatch(/cannot read --file/);
  });
});
