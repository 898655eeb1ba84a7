import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DebriefPage } from './pages/debrief-page.js';
import { NewOpportunityPage } from './pages/new-opportunity-page.js';
import { OpportunityListPage } from './pages/opportunity-list-page.js';
import { OpportunityPage } from './pages/opportunity-page.js';
import { RoleFitPage } from './pages/role-fit-page.js';
import { RoundPlanPage } from './pages/round-plan-page.js';
import { StoryEditorPage } from './pages/story-editor-page.js';
import { appInBrowser } from './support/app-in-browser.js';
import { seriousAccessibilityViolations } from './support/axe.js';

/** A job page as a browser saves it, with schema.org JobPosting JSON-LD. */
const savedJobPage = fileURLToPath(new URL('./fixtures/job-posting.html', import.meta.url));
const stakeholderRequirement = 'Strong stakeholder management across planning, sales and finance';

// Import a posting, see its coverage, debrief round 1 and plan round 2 — the path of issue 4.
describe('role fit and round plan', () => {
  const app = appInBrowser('role-fit');

  it('imports a saved job page, closes a gap with a story, and plans round 2 from the posting and the round-1 debrief', async () => {
    const { page, pageErrors } = await app.browser.newPage();

    const list = new OpportunityListPage(page, app.server.url);
    await list.open();
    await list.waitForEmptyWorkspace();
    await list.addYourOwn();

    const form = new NewOpportunityPage(page);
    await form.waitUntilOpen();
    await form.choosePostingFile(savedJobPage);
    expect(await form.valueOf('Company')).toBe('Harbourline Logistics');
    expect(await form.valueOf('Role')).toBe('Operations Analyst');
    await form.save();

    const cockpit = new OpportunityPage(page);
    await cockpit.waitFor('Operations Analyst at Harbourline Logistics');
    await cockpit.openRoleFit();

    const fit = new RoleFitPage(page);
    await fit.waitUntilOpen();
    const lines = await fit.lines();
    expect(lines).toContainEqual(expect.stringContaining(stakeholderRequirement));
    expect(lines).toContainEqual(
      expect.stringContaining('Advanced Excel and working knowledge of SQL'),
    );
    expect(lines).toContainEqual(expect.stringContaining('Present findings and recommendations'));
    expect(lines.join('\n')).not.toContain('25 days of paid leave');
    expect(await fit.strengthOf(stakeholderRequirement)).toBe('Gap');
    expect(await fit.row(stakeholderRequirement).textContent()).toContain(
      'No story or résumé item shows stakeholder management',
    );

    await fit.writeStoryFor(stakeholderRequirement);
    const editor = new StoryEditorPage(page, app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Write a story' }).waitFor();
    expect(await editor.tags()).toContain('stakeholder management');
    await editor.fillTitle('Aligned planning, sales and finance on one forecast');
    await editor.fill(
      'Situation',
      'Planning, sales and finance each kept their own volume forecast, and stakeholders argued every week.',
    );
    await editor.fill(
      'Task',
      'I was asked to manage the stakeholders towards one shared forecast.',
    );
    await editor.fill(
      'Action',
      'I met each stakeholder, mapped what planning, sales and finance needed, and ran a weekly forecast review with all three.',
    );
    await editor.fill(
      'Result',
      'Within two months the three teams used one forecast and forecast errors fell by 30%.',
    );
    await editor.save();
    await editor.waitForNotice('Story saved.');
    await editor.goBack('the role fit');

    await fit.waitUntilOpen();
    await fit.row(stakeholderRequirement).filter({ hasText: 'Aligned planning' }).waitFor();
    expect(await fit.strengthOf(stakeholderRequirement)).toBe('Covered');

    await page.getByRole('link', { name: 'Operations Analyst at Harbourline Logistics' }).click();
    await cockpit.waitFor('Operations Analyst at Harbourline Logistics');
    await cockpit.addRound({
      number: 1,
      date: '2025-03-04',
      time: '10:00',
      timeZone: 'Europe/Amsterdam',
      formats: ['One-on-one'],
      newInterviewers: [
        { name: 'Marieke Jansen', title: 'Head of Operations', audience: 'Hiring manager' },
      ],
    });
    await cockpit.waitForNotice('Round 1 added with 1 interviewer.');
    await cockpit.onRound('Round 1', 'Mark as done');
    await cockpit.waitForNotice('Round 1 marked as done.');
    await cockpit.onRound('Round 1', 'Debrief');

    const debrief = new DebriefPage(page);
    await debrief.waitFor('Round 1');
    await debrief.addQuestion({
      question: 'How do you decide which late deliveries to investigate first?',
      askedBy: 'Marieke Jansen',
      answer: 'Talked in general terms; gave no example and no numbers.',
      rating: 2,
      followUp: true,
    });
    await debrief.waitForNotice('Question added.');
    expect(await debrief.question('late deliveries').textContent()).toContain('2 of 5 (weak)');

    await debrief.backToOpportunity('Operations Analyst at Harbourline Logistics');
    await cockpit.waitFor('Operations Analyst at Harbourline Logistics');
    await cockpit.addRound({
      number: 2,
      date: '2030-06-12',
      time: '14:00',
      timeZone: 'Europe/Amsterdam',
      formats: ['Panel'],
      existingInterviewers: ['Marieke Jansen'],
    });
    await cockpit.waitForNotice('Round 2 added with 1 interviewer.');
    await cockpit.onRound('Round 2', 'Plan this round');

    const plan = new RoundPlanPage(page);
    await plan.waitFor(2);
    const followUp = plan.questionsWhy('Marieke Jansen', 'you rated your answer 2/5 in round 1');
    expect(await followUp.count()).toBe(1);
    expect(await followUp.textContent()).toContain('late deliveries');
    expect(await plan.questionsWhy('Marieke Jansen', /posting/).count()).toBeGreaterThan(0);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
