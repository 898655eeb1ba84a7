import type { Page } from 'playwright-core';

export interface OpportunityInput {
  readonly company: string;
  readonly role: string;
  readonly location?: string;
  readonly postingText?: string;
  /** The status as the form labels it, e.g. "Interviewing". */
  readonly status?: string;
}

/** The "Add an opportunity" form. */
export class NewOpportunityPage {
  constructor(private readonly page: Page) {}

  async waitUntilOpen(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Add an opportunity' }).waitFor();
  }

  /**
   * Chooses a posting file (a saved job page, text, Markdown or JSON) and waits until the form
   * has read it.
   */
  async choosePostingFile(path: string): Promise<void> {
    await this.page.getByLabel('Saved job page or file').setInputFiles(path);
    await this.page.getByRole('status').filter({ hasText: 'Read “' }).waitFor();
  }

  /** What a text field holds now, by its label. */
  async valueOf(label: 'Company' | 'Role'): Promise<string> {
    return this.page.getByLabel(label, { exact: true }).inputValue();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save opportunity' }).click();
  }

  async add(input: OpportunityInput): Promise<void> {
    await this.page.getByLabel('Company').fill(input.company);
    await this.page.getByLabel('Role').fill(input.role);
    if (input.location) await this.page.getByLabel('Location').fill(input.location);
    if (input.status) await this.page.getByLabel('Status').selectOption({ label: input.status });
    if (input.postingText)
      await this.page.getByLabel('Or paste the posting’s text').fill(input.postingText);
    await this.save();
  }
}
