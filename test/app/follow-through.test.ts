import ICAL from 'ical.js';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, test } from 'vitest';
import { ValidationError } from '../../src/app/errors.js';
import { draftThankYouNotes, markThankYouSent } from '../../src/app/follow-through.js';
import {
  interviewerVcard,
  roundCalendarFile,
  roundOfOpportunity,
  thankYouEmail,
} from '../../src/app/follow-through-files.js';
import { createRecord, getRecord, updateRecord } from '../../src/app/records.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import {
  anInterviewer,
  anOpportunity,
  aRound,
  aStory,
  contextFor,
  fixedClock,
} from '../support/fixtures.js';

const posting = [
  'Data Engineer',
  '',
  'What you bring',
  '- Comfort with SQL and product analytics',
  '- Experience running data pipelines in production',
].join('\n');

describe.each(databaseTargets)('follow-through use cases [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });

  /**
   * A round that ended on Friday 27 Nov 2026 at 15:00 in London, with two interviewers and what
   * was discussed with each; the clock stands an hour after the end.
   */
  const afterFridayRound = async () => {
    open = await target.create();
    const clock = fixedClock('2026-11-27T16:00:00.000Z');
    const ctx = await contextFor(open.database, clock);
    const opportunity = await createRecord(
      ctx,
      'opportunity',
      anOpportunity({ postingText: posting }),
    );
    await createRecord(
      ctx,
      'story',
      aStory({
        title: 'SQL dashboards for support',
        action: 'I wrote SQL queries and built product analytics dashboards in Looker.',
        tags: ['SQL', 'product analytics'],
      }),
    );
    const round = await createRecord(
      ctx,
      'round',
      aRound(opportunity.id, {
        number: 2,
        startsAt: '2026-11-27T14:00:00.000Z',
        durationMinutes: 60,
        videoLink: 'https://meet.example.com/round-2',
      }),
    );
    const priya = await createRecord(
      ctx,
      'interviewer',
      anInterviewer(opportunity.id, { email: 'priya@northwind.example' }),
    );
    const tom = await createRecord(
      ctx,
      'interviewer',
      anInterviewer(opportunity.id, { name: 'Tom Eriksen', title: 'Staff Engineer' }),
    );
    await createRecord(ctx, 'participation', {
      roundId: round.id,
      interviewerId: priya.id,
      topicsDiscussed: ['The nightly claims pipeline that misses its window twice a week'],
      concerns: ['Whether I have worked with healthcare data rules'],
    });
    await createRecord(ctx, 'participation', {
      roundId: round.id,
      interviewerId: tom.id,
      topicsDiscussed: ['Replacing hand-written cron jobs with an orchestrator', 'On-call rota'],
    });
    await createRecord(ctx, 'promise', {
      roundId: round.id,
      toInterviewerId: priya.id,
      promise: 'Send Priya the runbook template I mentioned',
    });
    return { ctx, clock, opportunity, round, priya, tom };
  };

  test('drafts one note per interviewer, due Monday 09:00 London time, from what was discussed with each', async () => {
    const { ctx, round, priya } = await afterFridayRound();
    const view = await draftThankYouNotes(ctx, round.id);
    expect(view.drafted).toBe(2);
    expect(view.interviewEndedAt).toBe('2026-11-27T15:00:00.000Z');
    const [forPriya, forTom] = view.notes;
    expect(forPriya?.interviewer).toEqual({
      id: priya.id,
      name: 'Priya Natarajan',
      email: 'priya@northwind.example',
    });
    expect(forPriya?.note).toMatchObject({ status: 'draft', dueAt: '2026-11-30T09:00:00.000Z' });
    expect(forPriya?.dueReason).toContain('falls on a weekend');
    expect(forPriya?.note.body).toContain('the nightly claims pipeline');
    expect(forPriya?.note.body).toContain('send you the runbook template I mentioned');
    expect(forPriya?.note.body).toContain('SQL dashboards for support');
    expect(forTom?.note.body).toContain('replacing hand-written cron jobs with an orchestrator');
    expect(forTom?.note.body).not.toContain('runbook');
  });

  test('the fresh drafts pass the note checks that matter and are not overdue', async () => {
    const { ctx, round } = await afterFridayRound();
    const { notes } = await draftThankYouNotes(ctx, round.id);
    for (const view of notes) {
      const kinds = view.findings.map((finding) => finding.kind);
      for (const kind of [
        'placeholder_left',
        'no_specific_reference',
        'same_as_other_note',
        'too_long',
        'missing_name',
      ])
        expect(kinds).not.toContain(kind);
      expect(view.overdue).toBe(false);
      expect(view.words).toBeLessThanOrEqual(200);
    }
  });

  test('running it again drafts nothing new and keeps the candidate’s edits', async () => {
    const { ctx, round } = await afterFridayRound();
    const first = await draftThankYouNotes(ctx, round.id);
    const edited =
      'Dear Priya,\n\nThank you for the tour of the claims pipeline and its late nights.\n\nBest,\nAlex';
    await updateRecord(ctx, 'thankYouNote', first.notes[0]!.note.id, { body: edited });
    const again = await draftThankYouNotes(ctx, round.id);
    expect(again.drafted).toBe(0);
    expect(again.notes.map((view) => view.note.body)).toEqual([edited, first.notes[1]!.note.body]);
  });

  test('lint includes spelling, with the company and people’s names known', async () => {
    const { ctx, round } = await afterFridayRound();
    const { notes } = await draftThankYouNotes(ctx, round.id);
    await updateRecord(ctx, 'thankYouNote', notes[1]!.note.id, {
      body: 'Dear Tom,\n\nThank you for the Northwind orchestrator walk-through; I look forward to recieve news about the on-call rota.\n\nBest,\nAlex',
    });
    const after = await draftThankYouNotes(ctx, round.id);
    const spelling = after.notes[1]!.findings.find((finding) => finding.kind === 'spelling');
    expect(spelling?.message).toContain('recieve');
    expect(spelling?.message).not.toContain('Northwind');
  });

  test('an unsent note past its deadline is overdue; marking it sent records the time and clears that', async () => {
    const { ctx, clock, round } = await afterFridayRound();
    const { notes } = await draftThankYouNotes(ctx, round.id);
    clock.advance(3 * 24 * 3_600_000); // Monday 30 Nov, 16:00
    const late = await draftThankYouNotes(ctx, round.id);
    expect(late.notes.map((view) => view.overdue)).toEqual([true, true]);
    const sent = await markThankYouSent(ctx, notes[0]!.note.id);
    expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-11-30T16:00:00.000Z' });
    const after = await draftThankYouNotes(ctx, round.id);
    expect(after.notes.map((view) => view.overdue)).toEqual([false, true]);
    expect(after.notes[0]!.findings.map((finding) => finding.kind)).toContain('late');
  });

  test('a note sent on Monday at 08:30, before its moved deadline, is not late', async () => {
    const { ctx, clock, round } = await afterFridayRound();
    const { notes } = await draftThankYouNotes(ctx, round.id);
    clock.advance(3 * 24 * 3_600_000);
    await markThankYouSent(ctx, notes[0]!.note.id, '2026-11-30T08:30:00.000Z');
    const after = await draftThankYouNotes(ctx, round.id);
    expect(after.notes[0]!.note.sentAt).toBe('2026-11-30T08:30:00.000Z');
    expect(after.notes[0]!.findings.map((finding) => finding.kind)).not.toContain('late');
  });

  test('a sending time in the future is refused', async () => {
    const { ctx, round } = await afterFridayRound();
    const { notes } = await draftThankYouNotes(ctx, round.id);
    await expect(
      markThankYouSent(ctx, notes[0]!.note.id, '2026-12-01T09:00:00.000Z'),
    ).rejects.toThrow(ValidationError);
  });

  test('the round’s calendar file has the event, the reminders and the thank-you to-do', async () => {
    const { ctx, round } = await afterFridayRound();
    const { filename, content } = await roundCalendarFile(ctx, round.id);
    expect(filename).toBe('round-2-northwind-health.ics');
    const calendar = new ICAL.Component(ICAL.parse(content) as unknown[]);
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('uid')).toBe(`round-${round.id}@roundtwo.local`);
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-11-27T14:00:00.000Z',
    );
    expect(event.getFirstPropertyValue('description')).toContain(
      'Priya Natarajan (Head of Data), Tom Eriksen',
    );
    expect(event.getFirstPropertyValue('conference')).toBe('https://meet.example.com/round-2');
    const due = calendar.getFirstSubcomponent('vtodo')!.getFirstPropertyValue('due') as ICAL.Time;
    expect(due.toJSDate().toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  test('a round without a start time cannot be exported to a calendar', async () => {
    const { ctx, opportunity } = await afterFridayRound();
    const unscheduled = await createRecord(
      ctx,
      'round',
      aRound(opportunity.id, { number: 3, startsAt: null }),
    );
    await expect(roundCalendarFile(ctx, unscheduled.id)).rejects.toThrow(/no start time/);
  });

  test('an interviewer’s contact card names them at the opportunity’s company', async () => {
    const { ctx, priya } = await afterFridayRound();
    const { filename, content } = await interviewerVcard(ctx, priya.id);
    expect(filename).toBe('priya-natarajan.vcf');
    const card = new ICAL.Component(ICAL.parse(content) as unknown[]);
    expect(card.getFirstPropertyValue('fn')).toBe('Priya Natarajan');
    expect(card.getFirstPropertyValue('org')).toBe('Northwind Health');
    expect(card.getFirstPropertyValue('email')).toBe('priya@northwind.example');
  });

  test('a note exports as an .eml to the interviewer and as a mailto: link', async () => {
    const { ctx, round } = await afterFridayRound();
    const { notes } = await draftThankYouNotes(ctx, round.id);
    const note = notes[0]!.note;
    const email = await thankYouEmail(ctx, note.id);
    const parsed = await PostalMime.parse(email.content);
    expect(parsed.to).toEqual([{ name: 'Priya Natarajan', address: 'priya@northwind.example' }]);
    expect(parsed.subject).toBe(note.subject);
    expect(parsed.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(note.body);
    expect(new Date(parsed.date!).toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(email.mailto).toMatch(/^mailto:priya@northwind\.example\?subject=/);
    await updateRecord(ctx, 'thankYouNote', note.id, {
      body: `${note.body}\n\n${'PS. '.repeat(500)}`,
    });
    expect((await thankYouEmail(ctx, note.id)).mailto).toBeUndefined();
    expect((await getRecord(ctx, 'thankYouNote', note.id)).status).toBe('draft');
  });

  test('the round meant: by number, else the last that has started, or the next scheduled', async () => {
    const { ctx, opportunity, round } = await afterFridayRound();
    const next = await createRecord(
      ctx,
      'round',
      aRound(opportunity.id, { number: 3, startsAt: '2026-12-08T10:00:00.000Z' }),
    );
    expect((await roundOfOpportunity(ctx, opportunity.id, { moment: 'after' })).id).toBe(round.id);
    expect(
      (await roundOfOpportunity(ctx, opportunity.id, { moment: 'before', number: 3 })).id,
    ).toBe(next.id);
    await expect(
      roundOfOpportunity(ctx, opportunity.id, { moment: 'after', number: 7 }),
    ).rejects.toThrow(/no round 7/);
  });
});
