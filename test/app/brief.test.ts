import { afterEach, describe, expect, test } from 'vitest';
import { briefFile, briefOf } from '../../src/app/brief.js';
import { NotFoundError, ValidationError } from '../../src/app/errors.js';
import { loadExampleOpportunity } from '../../src/app/example.js';
import { briefSchema } from '../../src/domain/brief.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor, fixedClock } from '../support/fixtures.js';
import { fillHeavyBriefWorkspace, HEAVY_WALK_AWAY } from '../support/heavy-brief.js';
import { pdfInfo, pdfText } from '../support/pdf-tools.js';

let open: TestDatabase | undefined;
afterEach(async () => {
  await open?.dispose();
  open = undefined;
});

/** A workspace at Friday 20 Nov 2026, 10:00 in Amsterdam. */
async function workspace() {
  open = await sqliteTarget.create();
  return contextFor(open.database, fixedClock('2026-11-20T09:00:00.000Z'));
}

/** The walk-away figure however a renderer might print it: 987654, 987,654, 987.654, 987 654. */
const walkAway = new RegExp(String(HEAVY_WALK_AWAY).replace(/(\d{3})(\d{3})/, '$1[ ,.\u00a0]?$2'));

describe('the day-of brief use case', () => {
  test('briefs the example’s next scheduled round: round 2, its three interviewers and the plan’s stories', async () => {
    const ctx = await workspace();
    const opportunity = await loadExampleOpportunity(ctx);
    const brief = await briefOf(ctx, opportunity.id);
    expect(briefSchema.parse(brief)).toEqual(brief);
    expect(brief.header).toMatchObject({
      roundNumber: 2,
      when: 'Wed 25 Nov 2026, 13:30 (Europe/Amsterdam)',
      countdown: 'in 5 days',
    });
    expect(brief.interviewers.map((person) => person.name)).toEqual([
      'Femke de Wit',
      'Arjun Mehta',
      'Sanne Bakker',
    ]);
    const femke = brief.interviewers[0]!;
    expect(femke.askedLastTime).toContain('Why are you leaving your current role?');
    expect(femke.questionsToAsk[0]).toEqual({
      text: 'What would make the first six months in this role a clear success for you?',
      own: true,
    });
    expect(brief.stories.map((story) => story.title)).toContain(
      'Invoice splitting for multi-stop shipments',
    );
    expect(brief.promises.map((entry) => entry.to)).toEqual(['Femke de Wit']);
  });

  test('another round can be named by its number; a round that does not exist is refused', async () => {
    const ctx = await workspace();
    const opportunity = await loadExampleOpportunity(ctx);
    const first = await briefOf(ctx, opportunity.id, { roundNumber: 1 });
    expect(first.header.roundNumber).toBe(1);
    expect(first.interviewers.map((person) => person.name)).toEqual(['Femke de Wit']);
    expect(first.interviewers[0]?.askedLastTime).toEqual([]);
    await expect(briefOf(ctx, opportunity.id, { roundNumber: 7 })).rejects.toThrow(ValidationError);
  });

  test('an unknown opportunity is not found', async () => {
    const ctx = await workspace();
    await expect(briefOf(ctx, 'no-such-opportunity')).rejects.toThrow(NotFoundError);
  });

  test('files are named after the company and round, as PDF or Markdown', async () => {
    const ctx = await workspace();
    const opportunity = await loadExampleOpportunity(ctx);
    const pdf = await briefFile(ctx, opportunity.id, { format: 'pdf' });
    expect(pdf).toMatchObject({
      filename: 'brief-larkspur-freight-round-2.pdf',
      contentType: 'application/pdf',
    });
    expect(pdfInfo(pdf.content as Uint8Array).pages).toBe(1);
    const markdown = await briefFile(ctx, opportunity.id, { format: 'md', roundNumber: 1 });
    expect(markdown.filename).toBe('brief-larkspur-freight-round-1.md');
    expect(markdown.contentType).toBe('text/markdown; charset=utf-8');
    expect(markdown.content).toContain('# Day-of brief: Senior Product Manager');
  });

  test('a heavy workspace still prints on two pages with every part, and never shows the walk-away figure', async () => {
    const ctx = await workspace();
    const { opportunityId } = await fillHeavyBriefWorkspace(ctx);
    const brief = await briefOf(ctx, opportunityId);
    expect(brief.interviewers).toHaveLength(6);
    expect(brief.moreInterviewers).toHaveLength(2);
    expect(JSON.stringify(brief)).not.toMatch(walkAway);

    const pdf = (await briefFile(ctx, opportunityId, { format: 'pdf' })).content as Uint8Array;
    expect(pdfInfo(pdf).pages).toBe(2);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Wed 25 Nov 2026, 14:00 (Europe/London)');
    expect(text).toContain('Close well.');
    expect(text).not.toContain('Shortened to fit');
    expect(text).not.toMatch(walkAway);

    const markdown = (await briefFile(ctx, opportunityId, { format: 'md' })).content as string;
    expect(markdown).not.toMatch(walkAway);
    expect(markdown).not.toMatch(/salary|walk-away/i);
  });
});
