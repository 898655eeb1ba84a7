import { describe, expect, test } from 'vitest';
import { competencies } from '../content/competencies.js';
import { assessCoverage, type EvidenceText } from './coverage.js';

const stories: EvidenceText[] = [
  {
    id: 's1',
    kind: 'story',
    title: 'Winning back a frustrated operations team',
    text: 'Planners had stopped reporting portal bugs. I sat with the planning desk weekly and set up a shared triage board with operations and engineering.',
    tags: ['stakeholder management', 'collaboration'],
  },
  {
    id: 's2',
    kind: 'story',
    title: 'Invoice splitting',
    text: 'I interviewed twelve shippers and shipped a rule-based invoice splitter; billing tickets fell by 38%.',
    tags: ['payments', 'customer discovery'],
  },
  {
    id: 'e1',
    kind: 'evidence',
    title: 'Product Manager, Contoso',
    text: 'Owned the checkout roadmap. Built SQL dashboards in Looker for the support team.',
    tags: ['SQL', 'Looker'],
  },
];

describe('assessCoverage', () => {
  const coverage = assessCoverage(
    {
      requirements: [
        'Experience managing senior stakeholders',
        'Comfort with SQL and product analytics',
        'Fluent Dutch',
      ],
      preferred: ['Experience with payments or pricing flows'],
      responsibilities: ['Own the roadmap of the booking portal'],
    },
    stories,
    competencies,
  );
  const item = (text: string) => coverage.find((entry) => entry.text === text)!;

  test('lists gaps first, with advice that names what is missing', () => {
    expect(coverage[0]).toMatchObject({ text: 'Fluent Dutch', strength: 'none', matches: [] });
    expect(coverage[0]?.advice).toMatch(/^No story or résumé item shows “Fluent Dutch”/);
  });

  test('matches a requirement to the story that shows its competency, naming the shared terms', () => {
    const stakeholders = item('Experience managing senior stakeholders');
    expect(stakeholders.competencies).toContain('stakeholder-management');
    expect(stakeholders.matches[0]).toMatchObject({ id: 's1' });
    expect(stakeholders.matches[0]?.terms).toContain('Stakeholder management');
    expect(stakeholders.strength).not.toBe('none');
  });

  test('matches skills through the résumé as well as stories', () => {
    const sql = item('Comfort with SQL and product analytics');
    expect(sql.matches[0]).toMatchObject({ id: 'e1', kind: 'evidence' });
    expect(sql.matches[0]?.terms).toContain('sql');
  });

  test('covers responsibilities and preferred items too', () => {
    expect(item('Own the roadmap of the booking portal').matches[0]?.id).toBe('e1');
    expect(item('Experience with payments or pricing flows').matches[0]?.id).toBe('s2');
  });

  test('with no evidence at all, everything is a gap', () => {
    const empty = assessCoverage(
      { requirements: ['Team leadership'], responsibilities: [] },
      [],
      competencies,
    );
    expect(empty[0]).toMatchObject({ strength: 'none' });
    expect(empty[0]?.advice).toMatch(/leadership/i);
  });
});
