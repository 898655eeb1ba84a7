import { afterEach, describe, expect, test } from 'vitest';
import { briefOf } from '../../src/app/brief.js';
import { ValidationError } from '../../src/app/errors.js';
import { loadExampleOpportunity } from '../../src/app/example.js';
import {
  checkPersonalWhy,
  formatChecklist,
  rehearsalReport,
  salaryScripts,
} from '../../src/app/format-prep.js';
import { createRecord } from '../../src/app/records.js';
import { briefMarkdown } from '../../src/io/brief-markdown.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { anOpportunity, contextFor, fixedClock } from '../support/fixtures.js';

const WALK_AWAY = 71_234;
/** The walk-away however a renderer might print it: 71234, 71,234, 71.234, 71 234. */
const walkAwayPattern = /71[ ,.\u00a0]?234/;
const posting = `Product Manager at Larkspur

Responsibilities
- Own the onboarding roadmap for new clinics
- Run user research with clinic staff

Requirements
- 4+ years in product management
- Comfortable with SQL`;

describe.each(databaseTargets)('format prep [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });

  const workspace = async () => {
    open = await target.create();
    const clock = fixedClock('2026-11-20T09:00:00.000Z');
    return { ctx: await contextFor(open.database, clock), clock };
  };
  const larkspur = async () => {
    const { ctx, clock } = await workspace();
    const opportunity = await createRecord(
      ctx,
      'opportunity',
      anOpportunity({ company: 'Larkspur', role: 'Product Manager', postingText: posting }),
    );
    return { ctx, clock, opportunity };
  };

  test('salary scripts use the candidate’s numbers and keep the walk-away apart', async () => {
    const { ctx, opportunity } = await larkspur();
    await createRecord(ctx, 'salaryPrep', {
      opportunityId: opportunity.id,
      currency: 'EUR',
      target: 80_000,
      rangeLow: 75_000,
      rangeHigh: 90_000,
      walkAway: WALK_AWAY,
      marketSources: ['a recruiter’s salary survey'],
    });
    const view = await salaryScripts(ctx, opportunity.id);
    expect(view.prepared).toBe(true);
    expect(view.anchor).toEqual({ low: 80_000, high: 90_000 });
    expect(view.private.walkAway).toBe(WALK_AWAY);
    expect(JSON.stringify(view.scripts)).not.toMatch(walkAwayPattern);
    expect(view.scripts.find((s) => s.id === 'defer')?.script).toContain('onboarding roadmap');
  });

  test('without a salary preparation the scripts say what to add', async () => {
    const { ctx, opportunity } = await larkspur();
    const view = await salaryScripts(ctx, opportunity.id);
    expect(view.prepared).toBe(false);
    expect(view.scripts.every((entry) => !entry.ready)).toBe(true);
  });

  test('the why check compares against research and the posting', async () => {
    const { ctx, opportunity } = await larkspur();
    await createRecord(ctx, 'companyResearch', {
      opportunityId: opportunity.id,
      products: ['Bloom Scheduler'],
    });
    await createRecord(ctx, 'personalWhy', {
      opportunityId: opportunity.id,
      whyRole: 'I want to own an onboarding roadmap.',
      whyCompany: 'It is a great company with a great culture.',
      whyNow: '',
    });
    const view = await checkPersonalWhy(ctx, opportunity.id);
    expect(view.findings.map((f) => `${f.answer}:${f.kind}`)).toEqual([
      'whyCompany:generic_why',
      'whyNow:missing_why_now',
    ]);
    expect(view.mentions.whyRole.map((m) => m.text.toLowerCase())).toContain('onboarding');
  });

  test('a rehearsal is timed with instants from the injected clock', async () => {
    const { ctx, clock, opportunity } = await larkspur();
    const plan = await createRecord(ctx, 'presentationPlan', {
      opportunityId: opportunity.id,
      topic: 'Onboarding in 90 days',
      timeLimitMinutes: 5,
      sections: [
        { title: 'Problem', plannedMinutes: 2 },
        { title: 'Plan', plannedMinutes: 3 },
      ],
    });
    const marks = [0, 170_000, 170_000].map((ms) => {
      clock.advance(ms);
      return clock.now().toISOString();
    });
    const report = await rehearsalReport(ctx, plan.id, marks);
    expect(report.sections.map((s) => s.overSeconds)).toEqual([50, -10]);
    expect(report.findings.map((f) => f.kind)).toEqual(['total_over_limit', 'section_over']);
  });

  test('timestamps out of order or too many are refused', async () => {
    const { ctx, opportunity } = await larkspur();
    const plan = await createRecord(ctx, 'presentationPlan', {
      opportunityId: opportunity.id,
      topic: 'Talk',
      sections: [{ title: 'Only', plannedMinutes: 1 }],
    });
    const t = (s: number) => `2026-11-20T09:00:${String(s).padStart(2, '0')}.000Z`;
    await expect(rehearsalReport(ctx, plan.id, [t(30), t(10)])).rejects.toThrow(ValidationError);
    await expect(rehearsalReport(ctx, plan.id, [t(0), t(10), t(20)])).rejects.toThrow(
      /at most 2 timestamps/,
    );
  });

  test('salary figures never reach the day-of brief or its Markdown', async () => {
    const { ctx } = await workspace();
    const opportunity = await loadExampleOpportunity(ctx);
    await createRecord(ctx, 'salaryPrep', {
      opportunityId: opportunity.id,
      currency: 'EUR',
      target: 83_456,
      rangeLow: 79_321,
      rangeHigh: 97_531,
      walkAway: WALK_AWAY,
      notes: 'PRIVATE-SALARY-NOTE',
    });
    const brief = await briefOf(ctx, opportunity.id);
    for (const text of [JSON.stringify(brief), briefMarkdown(brief)]) {
      expect(text).not.toMatch(walkAwayPattern);
      expect(text).not.toMatch(/83[ ,.\u00a0]?456|79[ ,.\u00a0]?321|97[ ,.\u00a0]?531/);
      expect(text).not.toContain('PRIVATE-SALARY-NOTE');
    }
  });
});

describe('format checklists', () => {
  test('every format has 6 to 10 items, each with an id, text and why', () => {
    for (const format of [
      'panel',
      'case-study',
      'skills-test',
      'informal-meal',
      'presentation',
      'team-meet',
    ]) {
      const { items } = formatChecklist(format);
      expect(items.length).toBeGreaterThanOrEqual(6);
      expect(items.length).toBeLessThanOrEqual(10);
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    }
  });

  test('an unknown format is refused with the known ones listed', () => {
    expect(() => formatChecklist('karaoke')).toThrow(/panel, case-study/);
  });
});
