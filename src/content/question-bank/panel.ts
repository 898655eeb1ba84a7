import { defineQuestions } from './entry.js';

/** Questions typical of a panel, where several people with different stakes interview at once. */
export const panelQuestions = defineQuestions('panel', [
  {
    id: 'adjust-for-each-panel-team',
    text: 'Each of us works with this role differently. How would you adjust what you do for each of our teams?',
    competencies: ['cross-functional-collaboration', 'stakeholder-management', 'adaptability'],
    audiences: ['cross_functional', 'hiring_manager', 'executive', 'peer'],
    listeningFor:
      'That you have understood each panellist’s stake and can speak to all of them, not only the most senior person.',
  },
  {
    id: 'introduce-yourself-to-new-panellists',
    text: 'For those of us who did not meet you in the first round, give us a short introduction to your background and why you are here.',
    competencies: ['communication', 'motivation-fit'],
    audiences: ['executive', 'peer', 'cross_functional'],
    listeningFor:
      'A crisp, tailored summary of about two minutes that links your experience to this role and this panel.',
  },
  {
    id: 'panellists-disagree-on-role',
    text: 'Two of us disagree about where this role should spend most of its time. What is your view?',
    competencies: ['influence-without-authority', 'communication', 'decision-making'],
    audiences: ['executive', 'hiring_manager', 'peer'],
    listeningFor:
      'Tact, a view backed by reasons, and respect for both positions rather than siding with whoever is more senior.',
  },
  {
    id: 'question-for-each-panellist',
    text: 'What would you like to ask each of us, given the part we each play?',
    competencies: ['communication', 'stakeholder-management', 'motivation-fit'],
    audiences: ['executive', 'hiring_manager', 'peer', 'cross_functional'],
    listeningFor:
      'Distinct, prepared questions for each person that show you researched their role.',
  },
  {
    id: 'working-with-my-department',
    text: 'How do you usually work with colleagues in a department like mine, and what makes that partnership succeed?',
    competencies: ['cross-functional-collaboration', 'teamwork'],
    audiences: ['cross_functional', 'peer'],
    listeningFor:
      'Knowledge of what the other department needs and an example of a working partnership with one like it.',
  },
  {
    id: 'one-minute-close-to-panel',
    text: 'Before we finish, sum up in a minute why you are a strong fit for everyone on this panel.',
    competencies: ['communication', 'motivation-fit', 'self-awareness'],
    audiences: ['executive', 'hiring_manager', 'peer', 'cross_functional'],
    listeningFor:
      'A concise close that touches each panellist’s concern and ends on genuine interest.',
  },
  {
    id: 'apply-answer-to-my-team',
    text: 'Going back to what you told my colleague a moment ago, how would that play out on my team?',
    competencies: ['adaptability', 'communication', 'cross-functional-collaboration'],
    audiences: ['cross_functional', 'peer'],
    listeningFor:
      'Consistency across answers and the ability to translate an example into another team’s context.',
  },
]);
