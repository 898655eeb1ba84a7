import type { Page } from 'playwright-core';

/** The home page: the list of opportunities, or the first-visit choices. */
export class OpportunityListPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.page.getByRole('heading', { level: 1, name: 'Opportunities' }).waitFor();
  }

  /** Waits for the empty-workspace message with its two ways to start. */
  async waitForEmptyWorkspace(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Nothing here yet' }).waitFor();
  }

  async loadExample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load an example opportunity' }).click();
  }

  async addYourOwn(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add your own' }).click();
  }
}
