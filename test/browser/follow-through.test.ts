import { readFile } from 'node:fs/promises';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AfterRoundPage } from './pages/after-round-page.js';
import { BriefPage } from './pages/brief-page.js';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { ReflectionPage } from './pages/reflection-page.js';
import { RoundPlanPage } from './pages/round-plan-page.js';
import { appInBrowser } from './support/app-in-browser.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { pageApi, pageApiContentType } from './support/page-api.js';

const panel = ['Femke de Wit', 'Arjun Mehta', 'Sanne Bakker'];
/** A day in the example's zone, `days` from today: YYYY-MM-DD. */
const dayFromToday = (days: number) =>
  DateTime.now().setZone('Europe/Amsterdam').plus({ days }).toFormat('yyyy-MM-dd');

// Issue 5 in the browser: readiness, the day-of brief and the calendar file before round 2; after
// it, a thank-you note per interviewer marked sent, and the follow-up once the decision is late.
describe('follow-through', () => {
  const app = appInBrowser('follow-through');

  /** The example's cockpit, once the first test has loaded it and taken round 2 through. */
  let cockpitUrl = '';

  it('goes from the countdown and the brief to notes marked sent and a follow-up reminder', async () => {
    const { page, pageErrors } = await app.browser.newPage();
    const list = new OpportunityListPage(page, app.server.url);
    await list.open();
    await list.waitForEmptyWorkspace();
    await list.loadExample();
    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor(/Larkspur Freight/);

    // Before round 2: the countdown and the one next action with its reason, then the checklist.
    await cockpit.nextAction().waitFor();
    expect(await cockpit.readiness().textContent()).toMatch(/Round 2 in (4|5) days/);
    expect(await cockpit.nextAction().textContent()).toMatch(/left and /);
    expect(await cockpit.readiness().getByRole('listitem').count()).toBeGreaterThan(5);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The calendar file of round 2 downloads as text/calendar.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      cockpit
        .round('Round 2')
        .getByRole('button', { name: /Add to calendar/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(await readFile(await download.path(), 'utf8')).toContain('BEGIN:VCALENDAR');
    expect(await calendarContentType(page)).toMatch(/^text\/calendar/);

    // The day-of brief lists the panel.
    await cockpit
      .round('Round 2')
      .getByRole('link', { name: /Day-of brief/ })
      .click();
    const brief = new BriefPage(page);
    await brief.waitFor(2);
    expect(await brief.interviewerNames()).toEqual(panel);
    await brief.action('Download PDF').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goBack();
    await cockpit.waitFor(/Larkspur Freight/);

    // Round 2 took place (moved to six days ago), and is marked done.
    await cockpit.changeDates('Round 2', { date: dayFromToday(-6), time: '13:30' });
    await cockpit.onRound('Round 2', 'Mark as done');
    await cockpit.waitForNotice('Round 2 marked as done.');

    // One draft per interviewer, each to that person, none the same, each with its due time.
    await cockpit.draftThankYouNotes('Round 2');
    const bodies = await Promise.all(panel.map((name) => cockpit.noteBody(name, 'Round 2')));
    panel.forEach((name, index) => expect(bodies[index]).toContain(name.split(' ')[0]));
    expect(new Set(bodies).size).toBe(3);
    for (const name of panel) {
      expect(await cockpit.thankYouCard(name, 'Round 2').textContent()).toMatch(
        /(Due|Overdue: it was due) \w{3} \d{1,2} \w{3}, \d\d:\d\d \(Europe\/Amsterdam\)/,
      );
    }

    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    for (const name of panel) await cockpit.markNoteSent(name, 'Round 2');
    for (const name of panel) {
      expect(await cockpit.thankYouCard(name, 'Round 2').textContent()).toMatch(
        /Sent \w{3} \d\d:\d\d/,
      );
    }

    // They said they would decide four days ago: a follow-up is due, with its draft.
    await cockpit.changeDates('Round 2', { decision: dayFromToday(-4) });
    const followUp = cockpit.followUps().first();
    await followUp.waitFor();
    const text = (await followUp.textContent()) ?? '';
    expect(text).toContain('Follow-up 1 of 2');
    expect(text).toContain('Senior Product Manager, Shipper Platform');
    expect(text.toLowerCase()).not.toContain('just checking in');
    expect(pageErrors).toEqual([]);
    cockpitUrl = page.url();
  });

  it('rates round 2, shows the ratings as a chart and a table, and starts round 3 with the same panel', async () => {
    if (!cockpitUrl) throw new Error('The first journey did not reach round 2.');
    const { page, pageErrors } = await app.browser.newPage();
    await page.goto(cockpitUrl);
    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor(/Larkspur Freight/);
    await cockpit
      .round('Round 2')
      .getByRole('link', { name: /Reflect/ })
      .click();

    const reflection = new ReflectionPage(page);
    await reflection.waitFor('Round 2');
    await reflection.rate('Preparation', '4 Good');
    await reflection.rate('Answers', '3 OK');
    await reflection.rate('Body language', '2 Weak');
    await reflection.rate('Connection', '5 Excellent');
    await reflection.save('Round 2');
    await reflection.chart().waitFor();
    expect(await reflection.ratingsOf(/round 2/)).toEqual(['4', '3', '2', '5']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /Follow-up and next step/ }).click();
    const after = new AfterRoundPage(page);
    await after.waitFor();
    const nextStep = await after.startAnotherRound();
    expect(await nextStep.textContent()).toContain(`With ${panel.join(', ')}, as last time.`);
    await nextStep.getByRole('link', { name: 'Plan Round 3' }).click();
    await new RoundPlanPage(page).waitFor(3);
    expect(pageErrors).toEqual([]);
  });
});

/** The media type of round 2's calendar file, fetched the way the page does, with its token. */
async function calendarContentType(page: Page): Promise<string> {
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const rounds = await pageApi(page)<{ id: string; number: number }[]>(
    'GET',
    `/rounds?opportunityId=${id}`,
  );
  const round = rounds.find((entry) => entry.number === 2);
  return pageApiContentType(page, `/rounds/${round?.id ?? ''}/calendar.ics`);
}
