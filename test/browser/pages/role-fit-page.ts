import type { Locator, Page } from 'playwright-core';

/** The role fit of an opportunity: each line of the posting and how the evidence covers it. */
export class RoleFitPage {
  constructor(private readonly page: Page) {}

  async waitUntilOpen(): Promise<void> {
    // The first coverage waits on the server loading its language model: on a busy two-core
    // machine that can take longer than the usual wait.
    await this.page
      .getByRole('heading', { level: 1, name: 'Role fit' })
      .waitFor({ timeout: 45_000 });
    await this.page.locator('.coverage-row').first().waitFor();
  }

  /** Every line of the posting as the matrix lists it. */
  async lines(): Promise<string[]> {
    return this.page.locator('.coverage-text').allTextContents();
  }

  /** The row of the posting line that contains `text`. */
  row(text: string): Locator {
    return this.page.locator('.coverage-row').filter({ hasText: text });
  }

  /** "Gap", "Partly covered" or "Covered", as the row says in words. */
  async strengthOf(text: string): Promise<string> {
    const label = await this.row(text).locator('.coverage-strength').textContent();
    return (label ?? '').replace(/^\W+/, '').trim();
  }

  async writeStoryFor(text: string): Promise<void> {
    await this.row(text)
      .getByRole('link', { name: /Write a story for this/ })
      .click();
  }
}
