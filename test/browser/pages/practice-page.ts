import type { Page } from 'playwright-core';

/** The typed practice page: a question, the timer, the answer, findings and the comparison. */
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
    await this.page.getByLabel('Your own question', { exact: true }).fill(question);
    await this.page.getByRole('button', { name: 'Practise this question' }).click();
    await this.page.getByRole('heading', { level: 2, name: question }).waitFor();
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
