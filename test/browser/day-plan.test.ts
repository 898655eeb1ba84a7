import { describe, expect, it } from 'vitest';
import { NewOpportunityPage } from './pages/new-opportunity-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { PrepPage } from './pages/prep-page.js';
import { appInBrowser } from './support/app-in-browser.js';
import { seriousAccessibilityViolations } from './support/axe.js';

const reviews = 'Run quarterly business reviews with customer executives';
const churn = 'Reduce churn by spotting at-risk accounts early from product usage data';
const posting = `Customer Success Manager

What you will do
- Manage a portfolio of 40 mid-market accounts through onboarding and renewal
- ${reviews}
- ${churn}
- Work with Product to turn customer feedback into roadmap requests

What we are looking for
- 3+ years in customer success or account management
- Comfort with CRM tools such as Salesforce
`;
const typedGoal = 'Sit in on two quarterly business reviews with customer executives';

// The 30-60-90 day plan of issue 6: goals per phase, tied to the posting's responsibilities.
describe('30-60-90 day plan', () => {
  const app = appInBrowser('day-plan');

  /** Adds an opportunity through the UI, with the posting's text if given, and opens its prep. */
  async function openPrepFor(company: string, postingText?: string) {
    const { page, pageErrors } = await app.browser.newPage();
    // Straight to the form: the list offers "Add your own" only while the workspace is empty.
    await page.goto(new URL('/opportunities/new', app.server.url).href);
    const form = new NewOpportunityPage(page);
    await form.waitUntilOpen();
    await form.add({
      company,
      role: 'Customer Success Manager',
      ...(postingText ? { postingText } : {}),
    });
    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor(`Customer Success Manager at ${company}`);
    await cockpit.openFormatPrep();
    const prep = new PrepPage(page);
    await prep.waitUntilOpen();
    return { prep, page, pageErrors };
  }

  it('ties typed and drafted goals to the responsibilities, and keeps the plan after a reload', async () => {
    const { prep, page, pageErrors } = await openPrepFor('Larkspur', posting);

    const before = await prep.responsibilities();
    expect(before.map((item) => item.text)).toContain(reviews);
    expect(before.map((item) => item.text)).toContain(churn);
    expect(before.every((item) => !item.addressed)).toBe(true);
    expect(await prep.dayPlanFindingKinds()).toEqual(['empty_plan']);

    await prep.addDayPlanGoal('Days 1–30', typedGoal);
    expect(await prep.addressedBy(reviews)).toContain(`Days 1–30, goal 1: “${typedGoal}”`);

    await prep.addGoalFromResponsibility(churn, 'Days 61–90');
    expect(await prep.addressedBy(churn)).toContain('Days 61–90, goal 1');
    const drafted = await prep.dayPlanGoals('Days 61–90');
    expect(drafted).toHaveLength(1);
    expect(drafted[0]).toContain('reduce churn by spotting at-risk accounts early');
    // Days 31–60 are still empty, and the coach says so.
    expect(await prep.dayPlanFindingKinds()).toContain('empty_phase');

    await prep.saveDayPlan();
    await page.reload();
    await prep.waitUntilOpen();
    expect(await prep.dayPlanGoals('Days 1–30')).toEqual([typedGoal]);
    expect(await prep.dayPlanGoals('Days 61–90')).toEqual(drafted);
    expect(await prep.addressedBy(reviews)).toContain('Days 1–30, goal 1');
    const after = await prep.responsibilities();
    expect(after.filter((item) => item.addressed).map((item) => item.text)).toEqual([
      reviews,
      churn,
    ]);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('marks the right words of a goal typed with spaces, and a refused goal on its own row', async () => {
    const { prep, pageErrors } = await openPrepFor('Hollins');
    await prep.dayPlanGoals('Days 61–90');
    await prep.addDayPlanGoal('Days 61–90', '  Add value');
    // The quote marks the goal the check read, not "Add val" of the untrimmed text.
    expect(await prep.dayPlanFindingMarks('vague_goal')).toEqual(['Add value']);

    // The blank first row is not saved, so the server refuses the long goal as first30.0.
    await prep.addBlankDayPlanGoal('Days 1–30');
    await prep.addDayPlanGoal('Days 1–30', `Meet the team ${'and listen '.repeat(200)}`);
    await prep.saveDayPlanRefused();
    expect(await prep.dayPlanGoalsInvalid('Days 1–30')).toEqual([false, true]);
    expect(pageErrors).toEqual([]);
  });

  it('says when the opportunity has no posting and where to add one', async () => {
    const { prep, pageErrors } = await openPrepFor('Fernhill');
    const text = await prep.dayPlanPostingText();
    expect(text).toContain('no job posting yet');
    expect(text).toContain('opportunity page');
    expect(pageErrors).toEqual([]);
  });
});
