import type { Locator, Page } from 'playwright-core';

/** The parts of a story as the editor labels its fields. */
export type StoryPart = 'Situation' | 'Task' | 'Action' | 'Result' | 'Reflection';

/** The story editor with the coach reading along. */
export class StoryEditorPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async openNew(): Promise<void> {
    await this.page.goto(new URL('/stories/new', this.baseUrl).href);
    await this.page.getByRole('heading', { level: 1, name: 'Write a story' }).waitFor();
  }

  /** Waits until the coach has loaded and shows its first analysis. */
  async waitForCoach(): Promise<void> {
    await this.starStrip().waitFor();
  }

  async fillTitle(title: string): Promise<void> {
    await this.page.getByLabel('Title').fill(title);
  }

  /** Types into a part's field key by key, as a person would, after what is there already. */
  async type(part: StoryPart, text: string): Promise<void> {
    await this.page.getByLabel(part, { exact: true }).pressSequentially(text);
  }

  /** The coach's strip of parts: Situation · Task · Action · Result · Reflection. */
  starStrip(): Locator {
    return this.page.getByRole('list', { name: 'Parts the coach found' });
  }

  /** One cell of the strip; its text says "found" or "missing". */
  starCell(part: StoryPart): Locator {
    return this.starStrip().getByRole('listitem').filter({ hasText: part });
  }

  /** Waits until the strip says `part` is found or missing. */
  async waitForPart(part: StoryPart, state: 'found' | 'missing'): Promise<void> {
    await this.starCell(part)
      .filter({ hasText: new RegExp(`${part}\\W*${state}`) })
      .waitFor();
  }

  /**
   * Waits until the coach has read `text` (words of one sentence): its preview shows them.
   * Checks on the findings after typing wait for this, to see the analysis of all of it.
   */
  async waitForCoachToRead(text: string): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Your story as the coach reads it' })
      .filter({ hasText: text })
      .waitFor();
  }

  /** The coach's findings, most important first. */
  findings(): Locator {
    return this.page
      .getByRole('region', { name: 'Coach' })
      .getByRole('listitem')
      .filter({
        has: this.page.locator('.severity-badge'),
      });
  }

  /** The finding whose message contains `text`. */
  finding(text: string | RegExp): Locator {
    return this.findings().filter({ hasText: text });
  }

  /** Fills a part's field at once, for a journey that is not about typing. */
  async fill(part: StoryPart, text: string): Promise<void> {
    await this.page.getByLabel(part, { exact: true }).fill(text);
  }

  /** What the tags field holds, e.g. as prefilled from a gap in the role fit. */
  async tags(): Promise<string> {
    return this.page.getByLabel('Tags').inputValue();
  }

  /** Follows the "Back to …" link of a story started from elsewhere. */
  async goBack(to: string): Promise<void> {
    await this.page.getByRole('link', { name: `Back to ${to}` }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save story' }).click();
  }

  async waitForNotice(text: string): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: text }).waitFor();
  }
}
