import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatChecklists } from '../../src/content/format-checklists.js';
import { NewOpportunityPage } from './pages/new-opportunity-page.js';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { PrepPage } from './pages/prep-page.js';
import { appInBrowser } from './support/app-in-browser.js';
import { seriousAccessibilityViolations } from './support/axe.js';

const panelItems = formatChecklists.panel.map((item) => item.text);

// Issue 6: the candidate ticks a format's checklist on the prep page, and readiness counts it.
describe('format checklists', () => {
  const app = appInBrowser('format-checklists');

  it('keeps ticks on the round across a reload, says which ticks readiness counts, and shows the panel partly done', async () => {
    const [first = '', second = ''] = panelItems;
    const { page, pageErrors } = await app.browser.newPage();
    const list = new OpportunityListPage(page, app.server.url);
    await list.open();
    await list.addYourOwn();
    const form = new NewOpportunityPage(page);
    await form.waitUntilOpen();
    await form.add({ company: 'Larkspur', role: 'Product Manager' });
    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor('Product Manager at Larkspur');
    await cockpit.addRound({
      number: 2,
      date: DateTime.now().setZone('Europe/Amsterdam').plus({ days: 6 }).toFormat('yyyy-MM-dd'),
      time: '14:30',
      timeZone: 'Europe/Amsterdam',
      formats: ['Panel', 'Presentation', 'Meet the team'],
    });
    await cockpit.waitForNotice(/Round 2 added/);
    const cockpitUrl = page.url();

    await cockpit.openFormatPrep();
    const prep = new PrepPage(page);
    await prep.waitUntilOpen();
    expect(await prep.checklistCount('Panel')).toBe(`0 of ${panelItems.length} done`);
    // Each checklist says whether readiness counts its ticks: only the panel's here.
    expect(await prep.checklistReadinessNote('Panel')).toBe('Readiness counts these ticks.');
    expect(await prep.checklistReadinessNote('Presentation')).toMatch(
      /^These ticks are for you: readiness follows your presentation plan/,
    );
    expect(await prep.checklistReadinessNote('Meet the team')).toMatch(
      /^These ticks are for you: readiness has no item for meeting the team/,
    );
    await prep.tickChecklistItem('Panel', first);
    await prep.tickChecklistItem('Panel', second);
    expect(await prep.checklistCount('Panel')).toBe(`2 of ${panelItems.length} done`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.reload();
    await prep.waitUntilOpen();
    expect(await prep.checklistCount('Panel')).toBe(`2 of ${panelItems.length} done`);
    expect(await prep.isChecklistItemTicked('Panel', first)).toBe(true);
    expect(await prep.isChecklistItemTicked('Panel', second)).toBe(true);
    expect(await prep.isChecklistItemTicked('Panel', panelItems[2] ?? '')).toBe(false);

    await page.goto(cockpitUrl);
    await cockpit.waitFor('Product Manager at Larkspur');
    const panelItem = cockpit.readiness().locator('[data-item="format:panel"]');
    await panelItem.waitFor();
    expect(await panelItem.textContent()).toContain('Partly done');
    expect(await panelItem.textContent()).toContain(`Panel checklist: 2 of ${panelItems.length}`);
    expect(pageErrors).toEqual([]);
  });
});
