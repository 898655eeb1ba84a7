import type { Locator, Page } from 'playwright-core';

export interface AskedQuestionInput {
  readonly question: string;
  /** The interviewer's name as the "Asked by" select lists it. */
  readonly askedBy: string;
  readonly answer: string;
  /** 1 to 5. */
  readonly rating: number;
  readonly followUp: boolean;
}

/** The debrief of one round: questions asked, missed points, feedback, each person. */
export class DebriefPage {
  constructor(private readonly page: Page) {}

  async waitFor(roundName: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `${roundName} debrief` }).waitFor();
  }

  async addQuestion(input: AskedQuestionInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a question they asked' }).click();
    const form = this.page.getByRole('form', { name: 'Add a question they asked' });
    await form.getByLabel('The question').fill(input.question);
    await form.getByLabel('Asked by').selectOption({ label: input.askedBy });
    await form.getByLabel('Your answer, in brief').fill(input.answer);
    await form
      .getByRole('group', { name: 'How well did you answer?' })
      .getByLabel(new RegExp(`^${input.rating} – `))
      .check();
    if (input.followUp) await form.getByLabel('Follow up in the next round').check();
    await form.getByRole('button', { name: 'Save question' }).click();
  }

  /** The card of a question asked in the round. */
  question(text: string): Locator {
    return this.page
      .getByRole('region', { name: 'Questions they asked' })
      .getByRole('listitem')
      .filter({ hasText: text });
  }

  async waitForNotice(text: string): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: text }).waitFor();
  }

  /** Back to the opportunity page through the breadcrumb. */
  async backToOpportunity(name: string | RegExp): Promise<void> {
    await this.page.getByRole('link', { name }).first().click();
  }
}
