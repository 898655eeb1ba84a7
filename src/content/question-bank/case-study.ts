import { defineQuestions } from './entry.js';

/** Questions during or after a case exercise: they test structure, numbers and judgement. */
export const caseStudyQuestions = defineQuestions('case_study', [
  {
    id: 'questions-before-starting-case',
    text: 'Before you start on this case, what would you want to know?',
    competencies: ['problem-solving', 'communication'],
    audiences: ['technical', 'hiring_manager', 'executive'],
    listeningFor: 'Clarifying the goal, the constraints and what good looks like before diving in.',
  },
  {
    id: 'break-the-problem-down',
    text: 'How would you break this problem down? Take us through your structure before the detail.',
    competencies: ['problem-solving', 'strategic-thinking', 'communication'],
    audiences: ['technical', 'hiring_manager', 'executive'],
    listeningFor:
      'A clear structure whose parts do not overlap and together cover the problem, said out loud before the analysis.',
  },
  {
    id: 'rough-size-estimate',
    text: 'Give us a rough estimate of the size of this opportunity, and show how you got there.',
    competencies: ['data-driven-decisions', 'commercial-awareness', 'problem-solving'],
    audiences: ['executive', 'technical'],
    listeningFor:
      'Sensible assumptions stated aloud, clean arithmetic, and a sanity check on the answer.',
  },
  {
    id: 'regional-sales-decline',
    text: 'Sales in one region have fallen for two quarters while the others grew. How would you find out why?',
    competencies: ['problem-solving', 'data-driven-decisions', 'commercial-awareness'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Hypotheses covering market, customers, product, price and people, and the data you would use to test each.',
  },
  {
    id: 'fund-one-of-three',
    text: 'Here are three initiatives and budget for one. Which would you fund, and what would change your mind?',
    competencies: ['prioritisation', 'decision-making', 'commercial-awareness'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Explicit criteria, a committed choice, and the evidence that would make you switch.',
  },
  {
    id: 'one-sentence-recommendation',
    text: 'Given what you have worked out, what is your recommendation in one sentence, and what should happen next?',
    competencies: ['communication', 'decision-making'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'A crisp, committed answer followed by concrete next steps, not another summary of the analysis.',
  },
  {
    id: 'key-figure-was-wrong',
    text: 'We now tell you that one key figure in the case was wrong by half. How does that change your answer?',
    competencies: ['adaptability', 'data-driven-decisions', 'resilience'],
    audiences: ['executive', 'technical'],
    listeningFor:
      'A calm re-run of the logic, a revised answer where warranted, and no clinging to the first conclusion.',
  },
  {
    id: 'process-slowed-from-two-days-to-week',
    text: 'A process that used to take two days now takes a week. How would you investigate and fix it?',
    competencies: ['process-improvement', 'problem-solving', 'data-driven-decisions'],
    audiences: ['hiring_manager', 'technical', 'cross_functional'],
    listeningFor:
      'Mapping the steps, measuring where time goes, finding what changed, and fixing the bottleneck rather than everything.',
  },
  {
    id: 'launch-with-fixed-date-small-team',
    text: 'How would you plan the launch of a new service with a fixed date and a small team?',
    competencies: ['planning', 'delivery-under-pressure', 'prioritisation'],
    audiences: ['hiring_manager', 'executive', 'cross_functional'],
    listeningFor:
      'Working back from the date, cutting scope to the essentials, naming risks and dependencies, and a plan for launch day.',
  },
  {
    id: 'what-could-go-wrong-in-practice',
    text: 'What could go wrong when your recommendation is put into practice, and how would you reduce that risk?',
    competencies: ['planning', 'change-management', 'strategic-thinking'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Realism about execution (people, systems, timing), not only the analysis, with practical safeguards.',
  },
  {
    id: 'who-would-be-unhappy',
    text: 'Who would be most unhappy with your recommendation, and how would you bring them on board?',
    competencies: ['stakeholder-management', 'influence-without-authority', 'change-management'],
    audiences: ['executive', 'hiring_manager', 'cross_functional'],
    listeningFor:
      'Awareness of the people side of a decision and a respectful plan to address their concerns.',
  },
]);
