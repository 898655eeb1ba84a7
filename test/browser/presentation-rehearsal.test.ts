import { describe, expect, it } from 'vitest';
import { PrepPage } from './pages/prep-page.js';
import { appInBrowser } from './support/app-in-browser.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { pageApi } from './support/page-api.js';

const topic = 'How we cut failed deliveries';

/** "1:05" → 65. */
const secondsOf = (clockText: string) => {
  const [minutes = '0', seconds = '0'] = clockText.trim().split(':');
  return Number(minutes) * 60 + Number(seconds);
};

// Issue 6 §2 in the browser: plan a presentation, rehearse it section by section with the keyboard,
// read the report, and find the run-through in the plan's history.
describe('presentation rehearsal', () => {
  const app = appInBrowser('rehearsal');

  it('times each section by key presses, saves the run-through and lists it after a reload', async () => {
    const { page, pageErrors } = await app.browser.newPage();
    await page.goto(app.server.url);
    const api = pageApi(page);
    const opportunity = await api<{ id: string }>('POST', '/opportunities', {
      company: 'Larkspur Freight',
      role: 'Operations Lead',
    });
    await page.goto(new URL(`/opportunities/${opportunity.id}/prep`, app.server.url).href);
    const prep = new PrepPage(page);
    await prep.waitUntilOpen();

    // Three sections of 3 seconds (0.05 minutes) each, inside a one-minute limit.
    await prep.addPresentationPlan({
      topic,
      audience: 'the hiring panel',
      timeLimitMinutes: '1',
      sections: [
        { title: 'Opening', plannedMinutes: '0.05', notes: 'Start with the 12% figure.' },
        { title: 'Findings', plannedMinutes: '0.05', notes: '' },
        { title: 'Close', plannedMinutes: '0.05', notes: '' },
      ],
    });

    await prep.startRehearsal(topic);
    const presses = [Date.now()];
    expect(await prep.currentSection()).toBe('Opening');
    expect(await prep.announcement()).toContain('Section 1 of 3: Opening');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // N typed into a form field is text, not "next section".
    await prep.typeInFieldThenLeave('Why now', 'n');
    expect(await prep.currentSection()).toBe('Opening');

    await page.waitForTimeout(2_000);
    await prep.press('n');
    presses.push(Date.now());
    expect(await prep.currentSection()).toBe('Findings');
    expect(await prep.announcement()).toContain('Section 2 of 3: Findings');

    // Past its 3 seconds the section clock counts over.
    await prep.waitUntilSectionOver();
    await prep.press('ArrowRight');
    presses.push(Date.now());
    expect(await prep.currentSection()).toBe('Close');

    await page.waitForTimeout(2_000);
    await prep.press('PageDown');
    presses.push(Date.now());

    await prep.waitForRehearsalReport();
    const rows = await prep.rehearsalReportRows();
    expect(rows.map((row) => row['Section'])).toEqual(['Opening', 'Findings', 'Close', 'Total']);
    for (const [index, row] of rows.slice(0, 3).entries()) {
      const waited = ((presses[index + 1] ?? 0) - (presses[index] ?? 0)) / 1000;
      expect(Math.abs(secondsOf(row['Actual'] ?? '') - waited)).toBeLessThanOrEqual(1);
      expect(row['Planned']).toBe('0:03');
    }
    expect(rows[1]?.['Over or under']).toMatch(/^\+0:0\d over$/);
    expect(rows[2]?.['Over or under']).toMatch(/^\u22120:0\d under$|^on time$/);
    expect(await prep.rehearsalLimitLine()).toMatch(/against a limit of 1:00: \u22120:\d\d under/);
    const findings = await prep.rehearsalFindingKinds();
    expect(findings).toContain('section_over');
    expect(findings).toContain('plan_mismatch');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // Saved as the start, two "next section" presses and the end, in order.
    const saved = await api<{ timestamps: string[] }[]>('GET', '/rehearsals');
    expect(saved).toHaveLength(1);
    const instants = (saved[0]?.timestamps ?? []).map((instant) => Date.parse(instant));
    expect(instants).toHaveLength(4);
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
    const total = rows[3]?.['Actual'] ?? '';

    await prep.closeRehearsalReport();
    await page.reload();
    await prep.waitUntilOpen();
    const history = await prep.runThroughs(topic);
    expect(history).toHaveLength(1);
    expect(history[0]?.['Total']).toBe(total);
    expect(history[0]?.['Against the limit']).toMatch(/^\u22120:\d\d under$/);
    expect(await prep.hasRunThroughChart(topic)).toBe(true);

    await prep.deleteNewestRunThrough(topic);
    await expect.poll(() => prep.runThroughCount(topic)).toBe(0);
    expect(await api<unknown[]>('GET', '/rehearsals')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the focus on the rehearsal: the report heading after Finish, the start button after closing', async () => {
    const { page, pageErrors } = await app.browser.newPage();
    await page.goto(app.server.url);
    const api = pageApi(page);
    const opportunity = await api<{ id: string }>('POST', '/opportunities', {
      company: 'Larkspur Freight',
      role: 'Operations Lead',
    });
    await api('POST', '/presentation-plans', {
      opportunityId: opportunity.id,
      topic,
      timeLimitMinutes: 10,
      sections: [
        { title: 'Opening', plannedMinutes: 2 },
        { title: 'Close', plannedMinutes: 2 },
      ],
    });
    await page.goto(new URL(`/opportunities/${opportunity.id}/prep`, app.server.url).href);
    const prep = new PrepPage(page);
    await prep.waitUntilOpen();
    const startButton = { tag: 'button', text: `Start rehearsal: ${topic}` };

    await prep.startRehearsal(topic);
    await prep.stopRehearsal();
    await expect.poll(() => prep.focused()).toEqual(startButton);

    await prep.startRehearsal(topic);
    await prep.finishRehearsalNow();
    await expect
      .poll(() => prep.focused())
      .toEqual({ tag: 'h2', text: `Run-through of “${topic}”` });
    await prep.waitForRehearsalReport();
    await prep.closeRehearsalReport();
    await expect.poll(() => prep.focused()).toEqual(startButton);
    expect(pageErrors).toEqual([]);
  });
});
