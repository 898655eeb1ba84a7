import type { Locator, Page } from 'playwright-core';

/** The plan of a round: per interviewer, likely questions with reasons and stories, and asks. */
export class RoundPlanPage {
  constructor(private readonly page: Page) {}

  async waitFor(roundNumber: number): Promise<void> {
    await this.page
      .getByRole('heading', { level: 1, name: `Plan for round ${roundNumber}` })
      // The first plan waits on the server loading its language model.
      .waitFor({ timeout: 45_000 });
  }

  /** The section of one interviewer, by name. */
  interviewer(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The likely questions planned for an interviewer, in rank order. */
  likelyQuestions(name: string): Locator {
    return this.interviewer(name).locator('.plan-question');
  }

  /** The likely questions for an interviewer whose "Why:" reasons contain `reason`. */
  questionsWhy(name: string, reason: string | RegExp): Locator {
    return this.likelyQuestions(name).filter({
      has: this.page.locator('.plan-why').filter({ hasText: reason }),
    });
  }
}
