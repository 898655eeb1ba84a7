import type { Locator, Page } from 'playwright-core';

/** "After the interview": reflections, follow-up, trends and the next step of an opportunity. */
export class AfterRoundPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'After the interview' }).waitFor();
  }

  /** "Another round", with an optional date and time for it; resolves on its summary. */
  async startAnotherRound(): Promise<Locator> {
    const nextStep = this.page.getByRole('region', { name: 'Next step' });
    await nextStep.getByRole('button', { name: 'Another round' }).click();
    await nextStep.getByRole('button', { name: 'Add the next round' }).click();
    const created = nextStep.getByRole('heading', { name: /is ready to prepare$/ });
    await created.waitFor();
    return nextStep;
  }
}
