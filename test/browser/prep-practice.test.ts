import { describe, expect, it } from 'vitest';
import { NewOpportunityPage } from './pages/new-opportunity-page.js';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { PracticePage } from './pages/practice-page.js';
import { PrepPage } from './pages/prep-page.js';
import { appInBrowser } from './support/app-in-browser.js';

const weakAnswer = 'We kind of helped with it. It was fine, I guess.';
const starAnswer =
  'Last spring our checkout failed for one customer in ten. I was asked to find the cause within a week. ' +
  'I traced the failures to a timeout, I rewrote the retry logic and I added an alert. ' +
  'Failures fell by 70% within a month. I learned to measure before I change anything.';

// Format prep and typed practice — the web part of issue 6.
describe('format prep and practice', () => {
  const app = appInBrowser('prep-practice');

  it('writes salary scripts with the target in the currency and never shows the walk-away figure', async () => {
    const { page, pageErrors } = await app.browser.newPage();
    const list = new OpportunityListPage(page, app.server.url);
    await list.open();
    await list.addYourOwn();
    const form = new NewOpportunityPage(page);
    await form.waitUntilOpen();
    await form.add({ company: 'Larkspur', role: 'Product Manager' });
    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor('Product Manager at Larkspur');
    await cockpit.openFormatPrep();

    const prep = new PrepPage(page);
    await prep.waitUntilOpen();
    await prep.saveSalary({
      currency: 'EUR',
      target: '95000',
      rangeLow: '90000',
      rangeHigh: '105000',
      walkAway: '82000',
    });
    const scripts = (await prep.scriptsContaining('€95,000')).join('\n');
    expect(scripts).toContain('€95,000');
    const shown = await prep.shownText();
    expect(shown).not.toMatch(/82,?000/);

    await prep.saveWhy({
      whyRole: 'I like products.',
      whyCompany: 'It is a great company.',
      whyNow: '',
    });
    expect(await prep.whyFindingKinds()).toContain('missing_why_now');
    expect(pageErrors).toEqual([]);
  });

  it('times a typed answer, shows its findings, and compares a redo with the previous attempt', async () => {
    const { page, pageErrors } = await app.browser.newPage();
    const practice = new PracticePage(page, app.server.url);
    await practice.open();
    await practice.practiseOwnQuestion('Tell me about a time you fixed a failing system.');

    await practice.answer(weakAnswer);
    expect(await practice.findingKinds()).toContain('missing_result');

    await practice.redo();
    await practice.answer(starAnswer);
    const comparison = await practice.comparison();
    expect(comparison['Findings']).toBe('better');
    expect(comparison['STAR parts']).toBe('better');
    expect(await practice.attemptCount()).toBe(2);
    expect(pageErrors).toEqual([]);
  });

  it('runs a mock interview of one kind of question from the bank, one question at a time', async () => {
    const { page, pageErrors } = await app.browser.newPage();
    const practice = new PracticePage(page, app.server.url);
    await practice.open();
    const count = await practice.startBankSet('Motivation');
    expect(count).toBeGreaterThanOrEqual(5);
    expect(await practice.step()).toBe(`Motivation questions: question 1 of ${count}`);
    const first = await practice.currentQuestion();
    await practice.nextQuestion();
    expect(await practice.step()).toBe(`Motivation questions: question 2 of ${count}`);
    expect((await practice.currentQuestion()).question).not.toBe(first.question);
    // The new question takes the focus, so a screen reader reads it out.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question-title');
    expect(pageErrors).toEqual([]);
  });
});
