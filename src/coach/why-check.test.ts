import { describe, expect, test } from 'vitest';
import { checkWhy, type WhySpecifics } from './why-check.js';

const larkspur: WhySpecifics = {
  company: 'Larkspur',
  role: 'Product Manager',
  products: ['Bloom Scheduler'],
  values: ['Patients before paperwork'],
  mission: 'Give clinics their time back.',
  responsibilities: ['Own the onboarding roadmap for new clinics'],
  skills: ['SQL', 'user research'],
};
const aWhy = (overrides: Partial<Record<'whyRole' | 'whyCompany' | 'whyNow', string>> = {}) => ({
  whyRole:
    'I want to own the onboarding roadmap end to end, and my user research background fits it.',
  whyCompany:
    'Bloom Scheduler saves clinics hours a week, and "patients before paperwork" is how I work.',
  whyNow: 'I have just finished leading a migration and I am ready to own a product outright.',
  ...overrides,
});
const kinds = (why: ReturnType<typeof aWhy>) =>
  checkWhy(why, larkspur).findings.map((f) => `${f.answer}:${f.kind}`);

describe('personal why check', () => {
  test('specific answers with a reason for now raise no findings', () => {
    expect(kinds(aWhy())).toEqual([]);
  });

  test('lists what each answer names that is specific, with its place', () => {
    const why = aWhy();
    const { mentions } = checkWhy(why, larkspur);
    expect(mentions.whyCompany.map((m) => m.text)).toContain('Bloom Scheduler');
    for (const mention of mentions.whyRole) {
      expect(why.whyRole.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  test('an answer that could be said to any employer is generic, with stock phrases as evidence', () => {
    const whyCompany = 'It is a great company with a great culture and an exciting opportunity.';
    const result = checkWhy(aWhy({ whyCompany }), larkspur);
    const finding = result.findings.find((f) => f.kind === 'generic_why');
    expect(finding?.answer).toBe('whyCompany');
    expect(finding?.spans?.map((span) => whyCompany.slice(span.start, span.end))).toEqual([
      'great company',
      'great culture',
      'exciting opportunity',
    ]);
    expect(finding?.advice).toContain('product');
  });

  test('naming the company counts as specific', () => {
    expect(kinds(aWhy({ whyCompany: 'Larkspur is where I want to be.' }))).toEqual([]);
  });

  test('a word from the mission counts, in another form', () => {
    expect(kinds(aWhy({ whyCompany: 'Giving time back to clinic staff matters to me.' }))).toEqual(
      [],
    );
  });

  test('common posting words such as "team" do not make an answer specific', () => {
    expect(
      kinds(aWhy({ whyRole: 'I like working in a team and want to grow my career.' })),
    ).toEqual(['whyRole:generic_why']);
  });

  test('a short skill is matched in its own case only', () => {
    expect(kinds(aWhy({ whyRole: 'I like SQL.' }))).toEqual([]);
    expect(kinds(aWhy({ whyRole: 'I want to learn and sql is fun.' }))).toEqual([
      'whyRole:generic_why',
    ]);
  });

  test('an empty "why now" is missing, as a problem', () => {
    const finding = checkWhy(aWhy({ whyNow: '' }), larkspur).findings[0];
    expect(finding).toMatchObject({ kind: 'missing_why_now', severity: 'problem' });
  });

  test('a "why now" that names no moment or change is missing, as a warning', () => {
    const finding = checkWhy(aWhy({ whyNow: 'Product management suits my strengths.' }), larkspur)
      .findings[0];
    expect(finding).toMatchObject({ kind: 'missing_why_now', severity: 'warn' });
  });

  test('an answer past 90 words is too long, with the excess as evidence and the source cited', () => {
    const whyRole = `${aWhy().whyRole} ${'I enjoy roadmaps. '.repeat(30)}`.trim();
    const finding = checkWhy(aWhy({ whyRole }), larkspur).findings.find(
      (f) => f.kind === 'too_long',
    );
    expect(finding?.answer).toBe('whyRole');
    expect(finding?.threshold?.value).toBe(90);
    expect(finding?.threshold?.source).toMatch(/words per minute/);
    expect(whyRole.slice(finding?.start, finding?.end).split(/\s+/).length).toBe(
      whyRole.split(/\s+/).length - 90,
    );
  });
});
