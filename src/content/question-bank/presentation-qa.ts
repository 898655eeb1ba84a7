import { defineQuestions } from './entry.js';

/** Questions after the candidate's presentation: they probe the thinking behind the slides. */
export const presentationQaQuestions = defineQuestions('presentation_qa', [
  {
    id: 'why-this-approach-over-alternatives',
    text: 'Why did you choose this approach over the obvious alternatives?',
    competencies: ['decision-making', 'strategic-thinking', 'communication'],
    audiences: ['executive', 'hiring_manager', 'technical'],
    listeningFor:
      'That you considered other options and can explain the trade-off briefly and without getting defensive.',
  },
  {
    id: 'least-certain-assumption',
    text: 'Which assumption in your presentation are you least sure of, and what happens if it is wrong?',
    competencies: ['self-awareness', 'data-driven-decisions', 'planning'],
    audiences: ['executive', 'hiring_manager', 'technical'],
    listeningFor:
      'Intellectual honesty about weak points and a fallback, which builds more trust than false certainty.',
  },
  {
    id: 'where-numbers-come-from',
    text: 'Where do the figures on your slides come from, and how confident are you in them?',
    competencies: ['data-driven-decisions', 'attention-to-detail', 'ethics-integrity'],
    audiences: ['executive', 'technical'],
    listeningFor: 'Traceable sources, clear labelling of estimates, and no overstatement.',
  },
  {
    id: 'approved-tomorrow-first-step',
    text: 'If we approved this tomorrow, what would you do first, and whose help would you need?',
    competencies: ['planning', 'stakeholder-management', 'delivery-under-pressure'],
    audiences: ['executive', 'hiring_manager', 'cross_functional'],
    listeningFor:
      'A practical first step, the people it depends on, and an understanding of how the organisation gets things done.',
  },
  {
    id: 'cost-of-proposal',
    text: 'What would this cost in people, time and money, and how did you estimate it?',
    competencies: ['commercial-awareness', 'planning'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'A grounded estimate with stated assumptions and a sense of the return that justifies it.',
  },
  {
    id: 'risks-left-out',
    text: 'Which risks did you leave out of the presentation, and why?',
    competencies: ['planning', 'self-awareness', 'decision-making'],
    audiences: ['executive', 'hiring_manager', 'technical'],
    listeningFor:
      'Awareness of risks beyond the slides and a sensible reason for what you chose to cover in the time.',
  },
  {
    id: 'persuade-a-sceptic',
    text: 'I am not convinced by your main recommendation. Persuade me.',
    competencies: ['influence-without-authority', 'resilience', 'communication'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Composure under challenge, asking what the doubt is, answering it with evidence, and neither caving nor digging in.',
  },
  {
    id: 'two-minutes-with-chief-executive',
    text: 'If you had two minutes with our chief executive, what would you keep from this presentation?',
    competencies: ['communication', 'prioritisation', 'strategic-thinking'],
    audiences: ['executive'],
    listeningFor:
      'The ability to compress to the one message and the one decision that matter at the top.',
  },
  {
    id: 'how-we-would-know-it-works',
    text: 'How would we know in six months whether your proposal is working?',
    competencies: ['data-driven-decisions', 'planning'],
    audiences: ['executive', 'hiring_manager', 'technical'],
    listeningFor:
      'Specific measures with a baseline, early signals, and a point at which you would change course.',
  },
  {
    id: 'change-after-hearing-questions',
    text: 'Now that you have heard our questions, what would you change about your proposal?',
    competencies: ['self-awareness', 'adaptability', 'learning-agility'],
    audiences: ['executive', 'hiring_manager', 'peer'],
    listeningFor:
      'Listening during the discussion and a willingness to improve the idea in real time.',
  },
  {
    id: 'effect-on-teams-not-in-room',
    text: 'How would this proposal affect the teams who were not in the room today?',
    competencies: ['cross-functional-collaboration', 'stakeholder-management', 'change-management'],
    audiences: ['cross_functional', 'executive'],
    listeningFor: 'Thinking beyond your own function and a plan to involve the people affected.',
  },
]);
