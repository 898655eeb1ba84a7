import type { Locator, Page } from 'playwright-core';

/** The day-of brief of a round. */
export class BriefPage {
  constructor(private readonly page: Page) {}

  async waitFor(roundNumber: number): Promise<void> {
    await this.page
      .getByRole('heading', { level: 1, name: new RegExp(`^Round ${roundNumber}:`) })
      .waitFor();
  }

  /** The names of the people in "Who you meet", in order. */
  async interviewerNames(): Promise<string[]> {
    return this.people().getByRole('heading', { level: 3 }).allTextContents();
  }

  /** "Who you meet". */
  people(): Locator {
    return this.page.getByRole('region', { name: 'Who you meet' });
  }

  /** "Print", "Download PDF" or "Download Markdown". */
  action(name: 'Print' | 'Download PDF' | 'Download Markdown'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
