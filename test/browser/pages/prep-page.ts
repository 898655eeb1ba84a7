import type { Page } from 'playwright-core';

/** The salary figures the prep form takes, as typed. */
export interface SalaryInput {
  readonly currency: string;
  readonly target: string;
  readonly rangeLow: string;
  readonly rangeHigh: string;
  readonly walkAway: string;
}

/** The format prep page of an opportunity: salary numbers and scripts, the why, checklists. */
export class PrepPage {
  constructor(private readonly page: Page) {}

  async waitUntilOpen(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Format prep' }).waitFor();
  }

  async saveSalary(input: SalaryInput): Promise<void> {
    await this.page.getByLabel('Currency', { exact: true }).fill(input.currency);
    await this.page.getByLabel('Target', { exact: true }).fill(input.target);
    await this.page.getByLabel('Range low', { exact: true }).fill(input.rangeLow);
    await this.page.getByLabel('Range high', { exact: true }).fill(input.rangeHigh);
    await this.page.getByLabel('Walk-away', { exact: true }).fill(input.walkAway);
    await this.page.getByRole('button', { name: 'Save salary numbers' }).click();
    await this.page.getByRole('status').filter({ hasText: 'Salary numbers saved.' }).waitFor();
  }

  /** The text of every salary script, once one is written with the target in it. */
  async scriptsContaining(text: string): Promise<string[]> {
    await this.page.locator('.salary-script').filter({ hasText: text }).first().waitFor();
    return this.page.locator('.salary-script').allTextContents();
  }

  /** Everything the page shows as text; the values inside form fields are not part of it. */
  async shownText(): Promise<string> {
    return this.page.locator('main').innerText();
  }

  async saveWhy(answers: { whyRole: string; whyCompany: string; whyNow: string }): Promise<void> {
    await this.page.getByLabel('Why this role', { exact: true }).fill(answers.whyRole);
    await this.page.getByLabel('Why this company', { exact: true }).fill(answers.whyCompany);
    await this.page.getByLabel('Why now', { exact: true }).fill(answers.whyNow);
    await this.page.getByRole('button', { name: 'Save and check' }).click();
  }

  /** The kinds of finding the why check shows. */
  async whyFindingKinds(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: 'Findings on your why' });
    await list.waitFor();
    return list
      .locator('.finding')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
  }
}
