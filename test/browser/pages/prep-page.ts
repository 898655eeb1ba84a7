import type { Locator, Page } from 'playwright-core';

/** The salary figures the prep form takes, as typed. */
export interface SalaryInput {
  readonly currency: string;
  readonly target: string;
  readonly rangeLow: string;
  readonly rangeHigh: string;
  readonly walkAway: string;
}

/** A presentation plan as typed into its form; minutes as text, as the candidate types them. */
export interface PresentationPlanInput {
  readonly topic: string;
  readonly audience: string;
  readonly timeLimitMinutes: string;
  readonly sections: readonly { title: string; plannedMinutes: string; notes: string }[];
}

/** One row of a table the page shows, by column header. */
export type TableRow = Record<string, string>;

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

  /** The checklist of one format, by its label ("Panel"), with its "n of m done" count. */
  checklist(format: string): Locator {
    return this.page
      .getByRole('region', { name: 'Format checklists' })
      .getByRole('group', { name: new RegExp(`^${format} \\d+ of \\d+ done$`) });
  }

  /** Ticks an item of a format's checklist by its text, and waits until the round is saved. */
  async tickChecklistItem(format: string, item: string): Promise<void> {
    const saved = this.page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().includes('/api/v1/rounds/') &&
        response.ok(),
    );
    await this.checklist(format).getByRole('checkbox', { name: item, exact: true }).check();
    await saved;
  }

  /** Whether an item of a format's checklist is ticked, once the checklist is shown. */
  async isChecklistItemTicked(format: string, item: string): Promise<boolean> {
    return this.checklist(format).getByRole('checkbox', { name: item, exact: true }).isChecked();
  }

  /** "2 of 7 done": how much of a format's checklist is ticked. */
  async checklistCount(format: string): Promise<string> {
    return (await this.checklist(format).locator('legend .count').textContent()) ?? '';
  }

  /** What a format's checklist says readiness makes of its ticks. */
  async checklistReadinessNote(format: string): Promise<string> {
    return (await this.checklist(format).locator('.checklist-readiness').textContent()) ?? '';
  }

  /** Opens the "Add a presentation plan" form, fills it in and adds the plan. */
  async addPresentationPlan(plan: PresentationPlanInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a presentation plan' }).click();
    const form = this.page.getByRole('form', { name: 'New presentation plan' });
    await form.getByLabel('Topic', { exact: true }).fill(plan.topic);
    await form.getByLabel('Audience', { exact: true }).fill(plan.audience);
    await form.getByLabel('Time limit in minutes', { exact: true }).fill(plan.timeLimitMinutes);
    for (const [index, section] of plan.sections.entries()) {
      const n = index + 1;
      if (index > 0) await form.getByRole('button', { name: 'Add a section' }).click();
      await form.getByLabel(`Section ${n} title`, { exact: true }).fill(section.title);
      await form
        .getByLabel(`Section ${n} planned minutes`, { exact: true })
        .fill(section.plannedMinutes);
      await form.getByLabel(`Section ${n} notes`, { exact: true }).fill(section.notes);
    }
    await form.getByRole('button', { name: 'Add the plan' }).click();
    await this.page
      .getByRole('status')
      .filter({ hasText: `Added the plan “${plan.topic}”.` })
      .waitFor();
  }

  /** The card of a presentation plan, by its topic. */
  private planCard(topic: string) {
    return this.page
      .locator('.card')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: topic }) });
  }

  /** Starts the clock on a plan; the rehearsal shows its first section. */
  async startRehearsal(topic: string): Promise<void> {
    const escaped = topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.page
      .getByRole('button', { name: new RegExp(`^Start rehearsal\\s*: ${escaped}$`) })
      .click();
    await this.page.getByRole('heading', { level: 2, name: `Rehearsing “${topic}”` }).waitFor();
  }

  /** The title of the section being rehearsed. */
  async currentSection(): Promise<string> {
    return (await this.page.locator('.rehearsal-section-title').textContent()) ?? '';
  }

  /** What the screen reader live region of the presentation section last said. */
  async announcement(): Promise<string> {
    return (await this.page.locator('.rehearsal-announcer').textContent()) ?? '';
  }

  /** Types into a labelled field of the page, then puts focus back on the rehearsal heading. */
  async typeInFieldThenLeave(label: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).pressSequentially(text);
    await this.page.getByRole('heading', { level: 2, name: /^Rehearsing/ }).focus();
  }

  /** Waits until the section clock shows the current section running over its plan. */
  async waitUntilSectionOver(): Promise<void> {
    await this.page.locator('.rehearsal-left').filter({ hasText: /over$/ }).waitFor();
  }

  /** How many run-throughs a plan lists right now. */
  async runThroughCount(topic: string): Promise<number> {
    return this.planCard(topic).locator('tr.run').count();
  }

  /** Presses a key on the page, as a keyboard or a presentation clicker does. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Waits for the report of the run-through just finished and for it to be saved. */
  async waitForRehearsalReport(): Promise<void> {
    await this.page.getByRole('table', { name: 'Each section against its plan' }).waitFor();
    await this.page.locator('.rehearsal .notice').filter({ hasText: 'Saved.' }).waitFor();
  }

  /** The rows of the report: Section, Planned, Actual, Over or under. */
  async rehearsalReportRows(): Promise<TableRow[]> {
    return this.tableRows(this.page.getByRole('table', { name: 'Each section against its plan' }));
  }

  /** The sentence comparing the whole talk with the time limit. */
  async rehearsalLimitLine(): Promise<string> {
    return (await this.page.locator('.rehearsal-limit').textContent()) ?? '';
  }

  /** The kinds of finding on the run-through. */
  async rehearsalFindingKinds(): Promise<string[]> {
    return this.page
      .getByRole('list', { name: 'Findings on this run-through' })
      .locator('.finding')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
  }

  /** Clicks "Finish now" in a running rehearsal and waits for the report. */
  async finishRehearsalNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish now' }).click();
    await this.page.getByRole('table', { name: 'Each section against its plan' }).waitFor();
  }

  /** Clicks "Stop without saving" and waits until the rehearsal is gone. */
  async stopRehearsal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Stop without saving' }).click();
    await this.page.locator('.rehearsal').waitFor({ state: 'detached' });
  }

  /** The element that has the focus: its tag and its text, hidden words included. */
  async focused(): Promise<{ tag: string; text: string }> {
    return this.page.evaluate(() => {
      const element = document.activeElement;
      return {
        tag: element?.tagName.toLowerCase() ?? '',
        text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    });
  }

  async closeRehearsalReport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close the report' }).click();
  }

  /** The run-throughs listed under a plan, newest first: Run, When, Total, Against the limit. */
  async runThroughs(topic: string): Promise<TableRow[]> {
    const card = this.planCard(topic);
    await card.getByRole('heading', { level: 4, name: 'Run-throughs' }).waitFor();
    return this.tableRows(card.getByRole('table', { name: 'Run-throughs' }));
  }

  /** Whether a plan shows the chart of its run-throughs. */
  async hasRunThroughChart(topic: string): Promise<boolean> {
    return this.planCard(topic)
      .getByRole('img', { name: /Bar chart of the total time/ })
      .isVisible();
  }

  /** Deletes the newest run-through of a plan, confirming when asked. */
  async deleteNewestRunThrough(topic: string): Promise<void> {
    const row = this.planCard(topic).locator('tr.run').first();
    await row.getByRole('button', { name: /^Delete\s+the run-through/ }).click();
    await row.getByRole('button', { name: /^Delete for good/ }).click();
    await this.page.getByRole('status').filter({ hasText: 'Deleted the run-through' }).waitFor();
  }

  private async tableRows(table: ReturnType<Page['locator']>): Promise<TableRow[]> {
    await table.waitFor();
    return table.evaluate((element) => {
      const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
      return [...element.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
        Object.fromEntries(
          [...row.children].map((cell, i) => [headers[i] ?? String(i), cell.textContent ?? '']),
        ),
      );
    });
  }

  /** The 30-60-90 day plan section. */
  private dayPlan() {
    return this.page.getByRole('region', { name: '30-60-90 day plan' });
  }

  /** The goals of a phase of the day plan ("Days 1–30"…), as their boxes hold them. */
  private phaseGoals(phase: string) {
    return this.dayPlan().getByRole('group', { name: phase }).getByRole('textbox');
  }

  /** Adds a goal to a phase of the day plan and types it. */
  async addDayPlanGoal(phase: string, goal: string): Promise<void> {
    const goals = this.phaseGoals(phase);
    const before = await goals.count();
    await this.dayPlan()
      .getByRole('button', { name: `Add a goal to ${phase}` })
      .click();
    await goals.nth(before).fill(goal);
  }

  /** The goals of a phase of the day plan, in order. */
  async dayPlanGoals(phase: string): Promise<string[]> {
    // The section opens once the posting's coverage is in, which the first time waits on the
    // server loading its language model.
    await this.dayPlan().getByRole('group', { name: phase }).waitFor({ timeout: 45_000 });
    const goals = this.phaseGoals(phase);
    return goals.evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value));
  }

  /** The posting's responsibilities beside the plan, each with whether a goal addresses it. */
  async responsibilities(): Promise<{ text: string; addressed: boolean }[]> {
    const list = this.dayPlan().getByRole('list', { name: 'Responsibilities in the posting' });
    await list.waitFor({ timeout: 45_000 });
    return list.locator('.day-plan-responsibility').evaluateAll((items) =>
      items.map((item) => ({
        text: item.querySelector('.responsibility-text')?.textContent ?? '',
        addressed: item.getAttribute('data-addressed') === 'true',
      })),
    );
  }

  private responsibility(text: string) {
    return this.dayPlan().locator('.day-plan-responsibility').filter({ hasText: text });
  }

  /** Waits until a goal addresses the responsibility, and answers which goals, as shown. */
  async addressedBy(text: string): Promise<string> {
    const item = this.responsibility(text).and(this.page.locator('[data-addressed="true"]'));
    await item.waitFor();
    return (await item.locator('.responsibility-goals').textContent()) ?? '';
  }

  /** Drafts a goal from an unaddressed responsibility into a phase ("Days 61–90"…). */
  async addGoalFromResponsibility(text: string, phase: string): Promise<void> {
    const item = this.responsibility(text);
    await item.getByLabel('Add a goal for it to').selectOption({ label: phase });
    await item.getByRole('button', { name: 'Add as a goal' }).click();
  }

  /** The kinds of finding the coach shows on the day plan, once it shows any. */
  async dayPlanFindingKinds(): Promise<string[]> {
    const list = this.dayPlan().getByRole('list', { name: 'Findings on your plan' });
    await list.waitFor();
    return list
      .locator('.finding')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
  }

  /** The words a day plan finding marks in its quote, once that finding is shown. */
  async dayPlanFindingMarks(kind: string): Promise<string[]> {
    const finding = this.dayPlan()
      .getByRole('list', { name: 'Findings on your plan' })
      .locator(`.finding[data-kind="${kind}"]`);
    await finding.first().waitFor();
    return finding.locator('mark').allTextContents();
  }

  /** Adds a blank goal row to a phase of the day plan. */
  async addBlankDayPlanGoal(phase: string): Promise<void> {
    await this.dayPlan()
      .getByRole('button', { name: `Add a goal to ${phase}` })
      .click();
  }

  /** Clicks "Save the plan" and waits until the form says it was refused. */
  async saveDayPlanRefused(): Promise<void> {
    await this.dayPlan().getByRole('button', { name: 'Save the plan' }).click();
    await this.dayPlan().locator('.field-error').first().waitFor();
  }

  /** Which goal boxes of a phase are marked invalid, in order. */
  async dayPlanGoalsInvalid(phase: string): Promise<boolean[]> {
    return this.phaseGoals(phase).evaluateAll((boxes) =>
      boxes.map((box) => box.getAttribute('aria-invalid') === 'true'),
    );
  }

  /** What the day plan says in place of the responsibilities when the posting gives none. */
  async dayPlanPostingText(): Promise<string> {
    const panel = this.dayPlan().locator('.day-plan-posting');
    await panel.waitFor();
    return (await panel.innerText()).trim();
  }

  async saveDayPlan(): Promise<void> {
    await this.dayPlan().getByRole('button', { name: 'Save the plan' }).click();
    await this.page.getByRole('status').filter({ hasText: '30-60-90 day plan saved.' }).waitFor();
  }
}
