import type { Locator, Page } from 'playwright-core';

export interface NewInterviewerInput {
  readonly name: string;
  readonly title: string;
  /** Their part in hiring as the form labels it, e.g. "Hiring manager". */
  readonly audience: string;
}

export interface RoundInput {
  readonly number: number;
  /** YYYY-MM-DD */
  readonly date: string;
  /** HH:mm */
  readonly time: string;
  readonly timeZone: string;
  /** Formats as the form labels them, e.g. "Panel". */
  readonly formats: readonly string[];
  readonly newInterviewers?: readonly NewInterviewerInput[];
  /** People already added to the opportunity who sit in this round too, by name. */
  readonly existingInterviewers?: readonly string[];
}

/** The cockpit of one opportunity. */
export class OpportunityPage {
  constructor(private readonly page: Page) {}

  /** Waits until the page shows the opportunity whose heading matches `heading`. */
  async waitFor(heading: string | RegExp): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  async addRound(round: RoundInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a round' }).click();
    const form = this.page.getByRole('form', { name: 'Add a round' });
    await form.getByLabel('Round number').fill(String(round.number));
    await form.getByLabel('Date', { exact: true }).fill(round.date);
    await form.getByLabel('Time', { exact: true }).fill(round.time);
    await form.getByLabel('Time zone').selectOption(round.timeZone);
    const formats = form.getByRole('group', { name: 'Formats' });
    for (const format of round.formats) await formats.getByLabel(format, { exact: true }).check();
    const known = form.getByRole('group', { name: 'People you already added' });
    for (const name of round.existingInterviewers ?? []) await known.getByLabel(name).check();
    for (const [index, person] of (round.newInterviewers ?? []).entries()) {
      await form.getByRole('button', { name: 'Add someone new' }).click();
      const row = form.getByRole('group', { name: `New interviewer ${index + 1}` });
      await row.getByLabel('Name').fill(person.name);
      await row.getByLabel('Job title').fill(person.title);
      await row.getByLabel('Their part in hiring').selectOption({ label: person.audience });
    }
    await form.getByRole('button', { name: 'Save round' }).click();
  }

  /** The message that says what was just saved. */
  async waitForNotice(text: string | RegExp): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: text }).waitFor();
  }

  /** The card of a round in the rounds list, e.g. "Round 2" (its heading may add "Done"). */
  round(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Rounds' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${name}( |$)`) }) });
  }

  /** Clicks a link or button on a round's card: "Plan this round", "Mark as done", "Debrief". */
  async onRound(name: string, action: 'Plan this round' | 'Mark as done' | 'Debrief') {
    await this.round(name)
      .getByRole(action === 'Mark as done' ? 'button' : 'link', { name: action })
      .click();
  }

  /** Opens the role fit from the job posting section. */
  async openFormatPrep(): Promise<void> {
    await this.page.getByRole('link', { name: /Format prep/ }).click();
  }

  async openRoleFit(): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Job posting and role fit' })
      .getByRole('link', { name: 'See the role fit' })
      .click();
  }

  /** The card of an interviewer, by name. */
  interviewer(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Interviewers' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Opens the "Add a question" form and returns it. */
  async openQuestionForm(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add a question' }).click();
    return this.page.getByRole('form', { name: 'Add a question' });
  }

  /** The questions to ask, as listed in their section. */
  questions(): Locator {
    return this.page.getByRole('region', { name: 'Questions to ask' }).getByRole('listitem');
  }

  /** Opens the thank-you note to an interviewer after a round that is done, and returns it. */
  async openThankYouNote(name: string): Promise<Locator> {
    const card = this.thankYouCard(name);
    await card
      .getByRole('button', { name: new RegExp(`(Write to|Edit the note to) ${name}`) })
      .click();
    return this.page.getByRole('form', { name: `Thank-you note to ${name}` });
  }

  /**
   * The card of the thank-you note to an interviewer, after `round` ("Round 2") when the person
   * sat in more than one round that is done.
   */
  thankYouCard(name: string, round?: string): Locator {
    const notes = this.page.getByRole('region', { name: 'Thank-you notes' });
    const scope = round ? notes.getByRole('region', { name: `After ${round}` }) : notes;
    return scope
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: `To ${name}`, exact: true }) });
  }

  /** The top of the cockpit: countdown, the one next action, the checklist. */
  readiness(): Locator {
    return this.page.getByRole('region', { name: 'Readiness' });
  }

  /** The next action's card: its title, reason and link. */
  nextAction(): Locator {
    return this.readiness().getByRole('region', { name: 'Your next step' });
  }

  /** Changes a round's start and expected decision date from its card; YYYY-MM-DD and HH:mm. */
  async changeDates(
    round: string,
    dates: { readonly date?: string; readonly time?: string; readonly decision?: string },
  ): Promise<void> {
    await this.round(round)
      .getByRole('button', { name: `Change dates (${round})` })
      .click();
    const form = this.page.getByRole('form', { name: `Dates of ${round}` });
    if (dates.date !== undefined) await form.getByLabel('Date', { exact: true }).fill(dates.date);
    if (dates.time !== undefined) await form.getByLabel(/^Time/).fill(dates.time);
    if (dates.decision !== undefined) {
      await form.getByLabel('Decision expected by').fill(dates.decision);
    }
    await form.getByRole('button', { name: 'Save dates' }).click();
    await this.waitForNotice(`${round}: dates saved.`);
  }

  /** Drafts a thank-you note to each interviewer of a round who has none. */
  async draftThankYouNotes(round: string): Promise<void> {
    await this.page.getByRole('button', { name: `Draft thank-you notes (${round})` }).click();
    await this.waitForNotice(/notes? drafted/);
  }

  /** The text of the note to an interviewer after a round, as its editor holds it. */
  async noteBody(name: string, round: string): Promise<string> {
    return this.thankYouCard(name, round).getByLabel('Your note').inputValue();
  }

  async markNoteSent(name: string, round: string): Promise<void> {
    await this.thankYouCard(name, round)
      .getByRole('button', { name: `Mark as sent (note to ${name})` })
      .click();
    await this.waitForNotice(`Note to ${name} marked as sent.`);
    // The notice comes first; the card changes once the page has reloaded the note.
    await this.thankYouCard(name, round)
      .filter({ hasText: /Sent \w{3} \d\d:\d\d/ })
      .waitFor();
  }

  /** The status inquiries due, in the "After the interview" section. */
  followUps(): Locator {
    return this.page
      .getByRole('region', { name: 'After the interview' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: /^Follow-up \d of 2/ }) });
  }
}
