import type { Page } from 'playwright-core';

/** The practice page: a mock interview's questions, the timer, the answer, findings, comparison and progress. */
export class PracticePage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(new URL('/practice', this.baseUrl).href);
    await this.page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
  }

  async practiseOwnQuestion(question: string): Promise<void> {
    await this.page.getByLabel('Your own questions', { exact: true }).fill(question);
    await this.page.getByRole('button', { name: 'Practise this question' }).click();
    await this.page.getByRole('heading', { level: 2, name: question }).waitFor();
  }

  /**
   * Starts a mock interview with the whole panel of an opportunity's next round; answers the
   * questions in the order they will be asked.
   */
  async startPanelInterview(opportunityLabel: string): Promise<string[]> {
    await this.page
      .getByLabel('Opportunity', { exact: true })
      .selectOption({ label: opportunityLabel });
    await this.page
      .getByLabel('Who asks', { exact: true })
      .selectOption({ label: 'The whole panel' });
    const questions = await this.page.locator('.plan-questions li').allInnerTexts();
    await this.page.getByRole('button', { name: /^Start the mock interview/ }).click();
    await this.page
      .getByRole('status')
      .filter({ hasText: /question 1 of/ })
      .waitFor();
    return questions;
  }

  /** Starts a mock interview of one kind of bank question; answers how many questions it has. */
  async startBankSet(kind: string): Promise<number> {
    await this.page.getByLabel('Kind of question', { exact: true }).selectOption({ label: kind });
    const start = this.page.getByRole('button', { name: /^Practise \d+ / });
    const label = await start.innerText();
    await start.click();
    await this.page.locator('.practice-step [role="status"]').waitFor();
    return Number(/\d+/.exec(label)?.[0]);
  }

  /** Where the mock interview is: "Motivation questions: question 2 of 8". */
  async step(): Promise<string> {
    return (await this.page.locator('.practice-step [role="status"]').innerText()).trim();
  }

  /** The question on screen and who is likely to ask it. */
  async currentQuestion(): Promise<{ question: string; askedBy: string }> {
    const question = await this.page.getByRole('heading', { level: 2 }).first().innerText();
    const asked = this.page.locator('.asked-by');
    const askedBy =
      (await asked.count()) === 0 ? '' : (await asked.innerText()).replace(/^Likely from /, '');
    return { question, askedBy };
  }

  async nextQuestion(): Promise<void> {
    const step = await this.page.locator('.practice-step [role="status"]').innerText();
    await this.page.getByRole('button', { name: 'Next question' }).click();
    await this.page
      .locator('.practice-step [role="status"]')
      .filter({ hasNotText: step })
      .waitFor();
  }

  async endInterview(): Promise<void> {
    await this.page.getByRole('button', { name: 'End the mock interview' }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Choose the questions' }).waitFor();
  }

  /** Asks the server to transcribe the recording and waits for the words in the answer box. */
  async transcribe(): Promise<string> {
    await this.page.getByRole('button', { name: /^Transcribe/ }).click();
    const answer = this.page.getByLabel('Your answer', { exact: true });
    await this.page.waitForFunction(
      () =>
        (document.querySelector<HTMLTextAreaElement>('textarea[name="answer"]')?.value ?? '') !==
        '',
      undefined,
      { timeout: 60_000 },
    );
    return answer.inputValue();
  }

  async rate(rating: number): Promise<void> {
    await this.page.getByLabel('How did it feel?', { exact: true }).selectOption(String(rating));
  }

  /** The charts drawn for the progress section titled `title`, by measure. */
  async chartedMeasures(title: string): Promise<string[]> {
    const section = this.page.getByRole('region', { name: title });
    await section.locator('.progress-measure svg').first().waitFor();
    return section
      .locator('.progress-measure')
      .evaluateAll((figures) => figures.map((figure) => figure.getAttribute('data-measure') ?? ''));
  }

  /** What the progress section says changed, by measure: better, worse or about the same. */
  async progressChanges(title: string): Promise<Record<string, string>> {
    const section = this.page.getByRole('region', { name: title });
    const rows = await section
      .locator('.progress-change')
      .evaluateAll((items) =>
        items.map((item): [string, string] => [
          item.getAttribute('data-measure') ?? '',
          item.querySelector('[data-direction]')?.getAttribute('data-direction') ?? '',
        ]),
      );
    return Object.fromEntries(rows);
  }

  async answer(text: string): Promise<void> {
    await this.page.getByLabel('Your answer', { exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Done' }).click();
    await this.page.getByRole('heading', { name: /What the coach noticed/ }).waitFor();
  }

  /** The kinds of finding shown for the latest answer. */
  async findingKinds(): Promise<string[]> {
    return this.page
      .locator('.practice-result .finding')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
  }

  async redo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Redo' }).click();
  }

  /** The comparison with the previous attempt, row by row: measure → better, worse or same. */
  async comparison(): Promise<Record<string, string>> {
    const table = this.page.getByRole('table', { name: /against the previous one/ });
    await table.waitFor();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((items) =>
        items.map((row): [string, string] => [
          row.querySelector('th')?.textContent ?? '',
          row.querySelector('td:last-child')?.textContent ?? '',
        ]),
      );
    return Object.fromEntries(rows);
  }

  /** How many attempts the progress table lists. */
  async attemptCount(): Promise<number> {
    // The charts and their table load apart from the page.
    await this.page.locator('.attempt-history').first().waitFor();
    return this.page.locator('.attempt-history tbody tr').count();
  }

  /** Records a spoken answer for `ms` milliseconds of the (fake) microphone, then stops. */
  async record(ms: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Record', exact: true }).click();
    await this.page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await this.page.waitForTimeout(ms);
    await this.page.getByRole('button', { name: 'Stop recording' }).click();
    await this.page.getByRole('heading', { name: 'Delivery from the recording' }).waitFor();
  }

  /** A delivery measure shown for the recording (`duration`, `longest-pause`, `pauses`…). */
  async deliveryMeasure(measure: string): Promise<number> {
    const value = await this.page
      .locator(`.audio-delivery dd[data-measure="${measure}"]`)
      .first()
      .getAttribute('data-value');
    return Number(value);
  }

  async done(): Promise<void> {
    await this.page.getByRole('button', { name: 'Done' }).click();
    await this.page.getByRole('heading', { name: /What the coach noticed/ }).waitFor();
  }

  /** The source of the first recording's audio element, once it has one. */
  async recordingSource(): Promise<string> {
    const audio = this.page.locator('.attempt-recordings audio').first();
    await audio.waitFor();
    return (await audio.getAttribute('src')) ?? '';
  }

  /** Whether the first recording plays: its metadata loads and it has a length. */
  async recordingPlays(): Promise<boolean> {
    return this.page
      .locator('.attempt-recordings audio')
      .first()
      .evaluate(
        (element: HTMLAudioElement) =>
          new Promise<boolean>((resolve) => {
            const check = () => resolve(element.error === null && element.readyState >= 1);
            if (element.readyState >= 1) check();
            else {
              element.addEventListener('loadedmetadata', check, { once: true });
              element.addEventListener('error', () => resolve(false), { once: true });
              element.load();
            }
          }),
      );
  }

  async deleteRecording(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete recording' }).first().click();
    await this.page.locator('.attempt-recordings').waitFor({ state: 'detached' });
  }
}
