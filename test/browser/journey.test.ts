import { describe, expect, it } from 'vitest';
import { NewOpportunityPage } from './pages/new-opportunity-page.js';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { appInBrowser } from './support/app-in-browser.js';

// Browser journeys: the real CLI serving the built web app, driven in headless Chromium.
describe('web app journeys', () => {
  const app = appInBrowser('journey');

  it('keeps a new opportunity with its round, time zone and new interviewers after a server restart', async () => {
    const { page, pageErrors } = await app.browser.newPage();

    const list = new OpportunityListPage(page, app.server.url);
    await list.open();
    await list.waitForEmptyWorkspace();
    await list.addYourOwn();

    const newOpportunity = new NewOpportunityPage(page);
    await newOpportunity.waitUntilOpen();
    await newOpportunity.add({
      company: 'Northwind Analytics',
      role: 'Data Platform Lead',
      location: 'Amsterdam',
      status: 'Interviewing',
    });

    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor('Data Platform Lead at Northwind Analytics');
    await cockpit.addRound({
      number: 2,
      date: '2030-03-14',
      time: '14:30',
      timeZone: 'Europe/Amsterdam',
      formats: ['Panel', 'Presentation'],
      newInterviewers: [
        { name: 'Priya Natarajan', title: 'VP Engineering', audience: 'Hiring manager' },
        { name: 'Tom Becker', title: 'Staff Engineer', audience: 'Technical interviewer' },
      ],
    });
    await cockpit.waitForNotice('Round 2 added with 2 interviewers.');
    if (process.env.ROUNDTWO_SCREENSHOT) {
      await page.screenshot({ path: process.env.ROUNDTWO_SCREENSHOT, fullPage: true });
    }

    await app.restartServer();
    await page.reload();

    await cockpit.waitFor('Data Platform Lead at Northwind Analytics');
    const round = cockpit.round('Round 2');
    // 14:30 in Amsterdam (CET) is 09:30 in New York (EDT), where the browser runs.
    expect(await round.textContent()).toContain('Thu 14 Mar 2030, 14:30 (Europe/Amsterdam)');
    expect(await round.textContent()).toContain('09:30 your time');
    expect(await round.textContent()).toContain('Panel, Presentation');
    expect(await round.textContent()).toContain('Priya Natarajan, Tom Becker');
    const priya = await cockpit.interviewer('Priya Natarajan').textContent();
    expect(priya).toContain('VP Engineering');
    expect(priya).toContain('Hiring manager');
    expect(priya).toContain('In Round 2');
    const tom = await cockpit.interviewer('Tom Becker').textContent();
    expect(tom).toContain('Staff Engineer');
    expect(tom).toContain('Technical interviewer');
    expect(pageErrors).toEqual([]);
  });

  it('offers the example opportunity on an empty workspace and shows it once loaded', async () => {
    const { server } = await app.anotherWorkspace();
    const { page, pageErrors } = await app.browser.newPage();

    const list = new OpportunityListPage(page, server.url);
    await list.open();
    await list.waitForEmptyWorkspace();
    await list.loadExample();

    await new OpportunityPage(page).waitFor(/Larkspur Freight/);
    expect(pageErrors).toEqual([]);
  });
});
