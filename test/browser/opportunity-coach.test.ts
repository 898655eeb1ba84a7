import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { appInBrowser } from './support/app-in-browser.js';

/** The finding shown under a field whose message contains `text`. */
const finding = (form: Locator, text: string | RegExp) =>
  form.locator('.finding').filter({ hasText: text });

// The coach on the opportunity page: questions to ask and thank-you notes, on the example.
describe('opportunity coach', () => {
  const app = appInBrowser('opportunity-coach');

  let exampleUrl: string | undefined;

  /** The example opportunity's page; the first call loads the example into the workspace. */
  async function openExample() {
    const { page, pageErrors } = await app.browser.newPage();
    if (exampleUrl) {
      await page.goto(exampleUrl);
    } else {
      const list = new OpportunityListPage(page, app.server.url);
      await list.open();
      await list.waitForEmptyWorkspace();
      await list.loadExample();
    }
    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor(/Larkspur Freight/);
    exampleUrl = page.url();
    return { page, pageErrors, cockpit };
  }

  it('offers an open wording for a yes/no question and saves it under the suggested category', async () => {
    const { pageErrors, cockpit } = await openExample();
    const form = await cockpit.openQuestionForm();
    await form.getByLabel('Your question').pressSequentially('Is the team growing?');
    // Wait for the analysis of the whole question, not of the words typed so far.
    const closed = finding(form, '“Is the team growing?” can be answered');
    await closed.waitFor();

    await closed.getByRole('button', { name: 'Use this wording' }).click();
    expect(await form.getByLabel('Your question').inputValue()).toBe('How is the team growing?');
    await closed.waitFor({ state: 'detached' });
    expect(await form.getByLabel('Category').inputValue()).toBe('growth');

    await form.getByRole('button', { name: 'Save question' }).click();
    await cockpit.waitForNotice('Question added');
    const saved = cockpit.questions().filter({ hasText: 'How is the team growing?' });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('Growth');
    expect(pageErrors).toEqual([]);
  });

  it('flags a template gap in a thank-you note and keeps the note as a draft', async () => {
    const { pageErrors, cockpit } = await openExample();
    const form = await cockpit.openThankYouNote('Femke de Wit');
    await form
      .getByLabel('Note')
      .fill('Dear [Name],\n\nThank you for your time today.\n\nBest,\nAlex');
    await finding(form, 'template gap').waitFor();

    await form.getByRole('button', { name: 'Save note' }).click();
    await cockpit.waitForNotice('Note to Femke de Wit saved.');
    await cockpit.thankYouCard('Femke de Wit').filter({ hasText: 'Draft' }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
