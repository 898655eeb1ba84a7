import type { Locator, Page } from 'playwright-core';

/** The look back at one round, with the trends across rounds under it. */
export class ReflectionPage {
  constructor(private readonly page: Page) {}

  async waitFor(round: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `Reflect on ${round}` }).waitFor();
  }

  /** Rates one aspect ("Preparation") with one of its labelled choices ("4 Good"). */
  async rate(aspect: string, choice: string): Promise<void> {
    await this.page.getByRole('group', { name: aspect }).getByLabel(choice).check();
  }

  async save(round: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Save reflection' }).click();
    await this.page
      .getByRole('status')
      .filter({ hasText: `Reflection on ${round} saved.` })
      .waitFor();
  }

  /** The chart of the ratings across rounds. */
  chart(): Locator {
    return this.page.getByRole('img', { name: /Line chart of your four ratings/ });
  }

  /** The cells of a round's row in the table beside the chart, e.g. ["4", "3", "2", "5"]. */
  async ratingsOf(rowName: string | RegExp): Promise<string[]> {
    return this.page
      .getByRole('table', { name: /Your ratings by round/ })
      .getByRole('row', { name: rowName })
      .getByRole('cell')
      .allTextContents();
  }
}
