import type { Locator, Page } from 'playwright-core';

/** The story bank: every story the candidate has written. */
export class StoryListPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(new URL('/stories', this.baseUrl).href);
    await this.page.getByRole('heading', { level: 1, name: 'Story bank' }).waitFor();
  }

  /** The card of a story, by its title. */
  story(title: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }
}
