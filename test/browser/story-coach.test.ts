import { describe, expect, it } from 'vitest';
import { StoryEditorPage } from './pages/story-editor-page.js';
import { StoryListPage } from './pages/story-list-page.js';
import { appInBrowser } from './support/app-in-browser.js';
import { seriousAccessibilityViolations } from './support/axe.js';

const weakStory = {
  situation: 'Our support queue was growing every week.',
  action: 'I rewrote the triage rules and trained the team on them.',
};
const measuredResult = 'The backlog fell from 400 to 120 tickets in a month.';

// The coach in the story editor, live in the browser: the real CLI serving the built web app.
describe('story coach', () => {
  const app = appInBrowser('story-coach');

  async function openEditor() {
    const { page, pageErrors } = await app.browser.newPage();
    const editor = new StoryEditorPage(page, app.server.url);
    await editor.openNew();
    await editor.waitForCoach();
    return { page, pageErrors, editor, baseUrl: app.server.url };
  }

  it('flags a story without a result, clears the flag once a measured result is typed, and keeps the story', async () => {
    const { page, pageErrors, editor, baseUrl } = await openEditor();
    await editor.fillTitle('Tamed the support queue');
    await editor.type('Situation', weakStory.situation);
    await editor.type('Action', weakStory.action);
    await editor.waitForCoachToRead(weakStory.action);

    await editor.waitForPart('Result', 'missing');
    await editor.finding('No result').waitFor();

    await editor.type('Result', measuredResult);
    await editor.waitForCoachToRead(measuredResult);
    await editor.waitForPart('Result', 'found');
    expect(await editor.finding('No result').count()).toBe(0);
    expect(await editor.finding('The result has no measure').count()).toBe(0);
    expect(await editor.starCell('Situation').textContent()).toContain('found');
    expect(await editor.starCell('Action').textContent()).toContain('found');

    await editor.save();
    await editor.waitForNotice('Story saved.');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Edit story' }).waitFor();
    expect(await page.getByLabel('Result', { exact: true }).inputValue()).toBe(measuredResult);

    const list = new StoryListPage(page, baseUrl);
    await list.open();
    expect(await list.story('Tamed the support queue').textContent()).toContain('Result');
    expect(pageErrors).toEqual([]);
  });

  it('tells screen readers when a part appears, not what is typed', async () => {
    const { page, pageErrors, editor } = await openEditor();
    const announcements = page.locator('.coach-panel [aria-live="polite"]');
    await editor.type('Situation', weakStory.situation);
    await editor.type('Action', weakStory.action);
    await editor.waitForCoachToRead(weakStory.action);
    expect(await announcements.textContent()).toMatch(/found\.$/);

    await editor.type('Result', measuredResult);
    await editor.waitForCoachToRead(measuredResult);
    expect(await announcements.textContent()).toBe('Result found.');
    expect(pageErrors).toEqual([]);
  });

  it('shows where a finding’s evidence is in the story when asked', async () => {
    const { page, pageErrors, editor } = await openEditor();
    await editor.type('Situation', weakStory.situation);
    const hedged = `${weakStory.action} I think maybe it sort of helped, I guess.`;
    await editor.type('Action', hedged);
    await editor.waitForCoachToRead('it sort of helped, I guess.');
    const hedging = editor.finding('softeners');
    await hedging.getByRole('button', { name: 'Show in the story' }).click();

    const focused = page.locator('.preview-section mark:focus');
    await focused.waitFor();
    expect(await focused.textContent()).toMatch(/I think|maybe/);
    expect(pageErrors).toEqual([]);
  });

  it('passes axe with findings, their sources and the preview on screen, on a desktop and a phone', async () => {
    const { page, editor } = await openEditor();
    await editor.type('Situation', 'Honestly my manager was useless and the queue kept growing.');
    await editor.type('Action', 'We sort of rewrote the rules, I guess.');
    await editor.waitForCoachToRead('rewrote the rules, I guess.');
    for (const summary of await page.locator('.coach-panel summary').all()) await summary.click();

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
