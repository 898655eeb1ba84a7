import { defineQuestions } from './entry.js';

/** Hypothetical scenarios: "what would you do if…". They test judgement, not memory. */
export const situationalQuestions = defineQuestions('situational', [
  {
    id: 'join-to-find-project-behind',
    text: 'Imagine you join and discover the project you were hired for is three months behind schedule. What do you do in your first two weeks?',
    competencies: ['planning', 'stakeholder-management', 'problem-solving'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Diagnosis before action: learning why it slipped, resetting a realistic plan with the sponsors, and a few early moves that rebuild confidence.',
  },
  {
    id: 'two-seniors-contradict',
    text: 'Two senior people give you instructions that contradict each other, and both say theirs is urgent. How do you handle it?',
    competencies: ['prioritisation', 'stakeholder-management', 'conflict-resolution'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Bringing the conflict into the open, ideally getting the two of them to agree, rather than quietly choosing a side or trying to do both badly.',
  },
  {
    id: 'colleague-keeps-missing-shared-deadline',
    text: 'A colleague you depend on keeps missing their part of a shared deadline. What steps would you take, and in what order?',
    competencies: ['teamwork', 'conflict-resolution', 'communication'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor:
      'A private, curious conversation first, offering help, agreeing a plan, and involving a manager only if that fails.',
  },
  {
    id: 'half-the-time-needed',
    text: 'You are handed an important piece of work with half the time you think it needs. Talk me through your first moves.',
    competencies: ['delivery-under-pressure', 'planning', 'prioritisation'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Clarifying what must be delivered, proposing scope or resource options early, and protecting quality on the parts that matter.',
  },
  {
    id: 'error-already-sent-to-client',
    text: 'You find a significant error in work that has already gone to a client, and nobody else has noticed. What do you do?',
    competencies: ['ethics-integrity', 'ownership', 'customer-focus'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Telling your manager promptly, a plan to correct it with the client, and no temptation to hope it goes unnoticed.',
  },
  {
    id: 'leadership-picks-wrong-direction',
    text: 'Suppose leadership announces a direction you believe is a mistake. How would you respond?',
    competencies: ['influence-without-authority', 'strategic-thinking', 'communication'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Seeking to understand the reasoning, raising concerns with evidence through the right channel, and then committing to making it work.',
  },
  {
    id: 'customer-escalated-above-you',
    text: 'A major customer complains to your manager’s manager about something your team did, and the issue lands with you. What happens next?',
    competencies: ['customer-focus', 'resilience', 'stakeholder-management'],
    audiences: ['hiring_manager', 'cross_functional'],
    listeningFor:
      'Quick contact with the customer, fact-finding without blame, a clear fix and timeline, and keeping leadership informed.',
  },
  {
    id: 'vague-request-absent-requester',
    text: 'You are asked to deliver something, but the request is vague and the person who asked is hard to reach. How do you proceed?',
    competencies: ['problem-solving', 'communication', 'ownership'],
    audiences: ['hiring_manager', 'peer', 'technical'],
    listeningFor:
      'Writing down your assumptions, checking them with whoever can answer, delivering a first version early, and adjusting.',
  },
  {
    id: 'inherit-low-morale-team',
    text: 'If you inherited a team with low morale and a couple of people thinking of leaving, what would you do first?',
    competencies: ['leadership', 'coaching-mentoring', 'change-management'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Listening before fixing, one-to-ones to learn the causes, quick visible improvements, and honesty about what you cannot change.',
  },
  {
    id: 'asked-to-present-misleading-numbers',
    text: 'A senior colleague asks you to present figures in a way you think is misleading. How would you handle it?',
    competencies: ['ethics-integrity', 'communication', 'stakeholder-management'],
    audiences: ['executive', 'hiring_manager', 'recruiter'],
    listeningFor:
      'Holding the line on accuracy while offering an honest framing that still serves their goal, and escalating if pressed.',
  },
  {
    id: 'budget-cut-by-a-third',
    text: 'Halfway through a project, your budget is cut by a third. How do you decide what to keep?',
    competencies: ['prioritisation', 'commercial-awareness', 'decision-making'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Going back to the goal, ranking the remaining work by value, agreeing the new scope with sponsors, and reporting the trade-offs openly.',
  },
  {
    id: 'roll-out-disliked-system',
    text: 'You are asked to roll out a new system that the team openly dislikes. How would you approach it?',
    competencies: ['change-management', 'influence-without-authority', 'communication'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Understanding the objections, explaining the reason for the change, involving sceptics in the rollout, and giving real support during the switch.',
  },
  {
    id: 'peer-presents-your-work',
    text: 'A peer presents your work in a meeting as if it were their own. What do you do?',
    competencies: ['conflict-resolution', 'self-awareness', 'communication'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor:
      'A calm private conversation rather than a public scene, focus on preventing a repeat, and perspective about what matters.',
  },
  {
    id: 'new-project-when-at-capacity',
    text: 'Your manager asks you to take on a new project when you are already at capacity. How do you respond?',
    competencies: ['prioritisation', 'time-management', 'communication'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'A willing but honest answer: laying out current commitments and asking which should give, rather than a silent yes or a flat no.',
  },
  {
    id: 'key-person-resigns-before-delivery',
    text: 'Someone essential to your project hands in their notice two weeks before delivery. What would you do?',
    competencies: ['delivery-under-pressure', 'planning', 'leadership'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Capturing their knowledge fast, redistributing work realistically, telling stakeholders early about any risk, and looking after the rest of the team.',
  },
  {
    id: 'analysis-contradicts-manager',
    text: 'Your analysis points one way and your manager is convinced of the opposite. How would you handle the next meeting?',
    competencies: ['data-driven-decisions', 'influence-without-authority', 'communication'],
    audiences: ['hiring_manager', 'technical'],
    listeningFor:
      'Presenting the evidence plainly, checking your own assumptions, asking what would change their mind, and respecting the final call.',
  },
  {
    id: 'other-department-blocking',
    text: 'Another department is holding up your work because it is not on their priority list. What would you do to get it moving?',
    competencies: ['cross-functional-collaboration', 'influence-without-authority', 'negotiation'],
    audiences: ['cross_functional', 'peer'],
    listeningFor:
      'Learning their priorities, finding a shared interest or a trade, making the request easy, and escalating jointly rather than around them.',
  },
  {
    id: 'team-split-between-two-approaches',
    text: 'Your team is split between two reasonable approaches and looks to you to decide. How would you make the call?',
    competencies: ['decision-making', 'leadership', 'teamwork'],
    audiences: ['hiring_manager', 'peer', 'technical'],
    listeningFor:
      'Clear criteria, a fair hearing for both sides, a timely decision, and a way to revisit it if the evidence changes.',
  },
  {
    id: 'no-onboarding-manager-away',
    text: 'Suppose you start and there is no onboarding plan, and your manager is away for your first two weeks. How would you use that time?',
    competencies: ['ownership', 'adaptability', 'learning-agility'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Self-direction: meeting colleagues, reading up, finding a small useful task, and arriving at your manager’s return with questions and observations.',
  },
  {
    id: 'pressed-to-ship-unready-work',
    text: 'A stakeholder wants something out this week, but you know it is not ready. How do you weigh speed against quality?',
    competencies: ['attention-to-detail', 'stakeholder-management', 'decision-making'],
    audiences: ['hiring_manager', 'technical', 'cross_functional'],
    listeningFor:
      'Spelling out the real risk of shipping, offering a smaller safe version, and letting the person accountable make an informed choice.',
  },
  {
    id: 'capable-report-gone-quiet',
    text: 'One of your team is clearly capable but has gone quiet, and their work has slipped. What would you do?',
    competencies: ['coaching-mentoring', 'leadership', 'communication'],
    audiences: ['hiring_manager'],
    listeningFor:
      'A private, caring check-in that looks for causes (workload, personal issues, motivation) before setting expectations.',
  },
  {
    id: 'asked-about-unfamiliar-area-by-seniors',
    text: 'In a meeting with senior people, you are asked about an area you know little about. How do you respond in the moment, and afterwards?',
    competencies: ['self-awareness', 'ethics-integrity', 'learning-agility'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Saying plainly what you do and do not know, offering to find out, and actually following up.',
  },
  {
    id: 'unread-manual-report',
    text: 'You notice the team spends hours every week on a manual report nobody seems to read. What would you do about it?',
    competencies: ['process-improvement', 'ownership', 'commercial-awareness'],
    audiences: ['hiring_manager', 'peer', 'technical'],
    listeningFor:
      'Checking who actually uses it before cutting, proposing a simpler alternative, and agreeing the change with its owner.',
  },
  {
    id: 'client-keeps-adding-scope',
    text: 'A client keeps adding requests that were not in the agreement. How would you handle the next conversation with them?',
    competencies: ['negotiation', 'customer-focus', 'stakeholder-management'],
    audiences: ['hiring_manager', 'cross_functional'],
    listeningFor:
      'Firmness with warmth: acknowledging the value of the requests, making the cost visible, and offering options such as a change order or a trade.',
  },
  {
    id: 'reviewers-give-opposite-feedback',
    text: 'Two reviewers give you opposite feedback on the same piece of work. How would you resolve it?',
    competencies: ['self-awareness', 'communication', 'decision-making'],
    audiences: ['peer'],
    listeningFor:
      'Understanding the goal behind each comment, getting the reviewers to talk if needed, and making a reasoned choice rather than pleasing whoever is more senior.',
  },
  {
    id: 'critical-failure-friday-evening',
    text: 'Something critical breaks on a Friday evening and you are the most senior person available. What do you do?',
    competencies: ['delivery-under-pressure', 'decision-making', 'ownership'],
    audiences: ['peer', 'technical'],
    listeningFor:
      'Taking charge calmly, containing the impact, calling in the right help, communicating status, and writing it up afterwards.',
  },
  {
    id: 'idea-without-budget-or-mandate',
    text: 'You have an idea that could save the team a lot of time, but there is no budget or mandate for it. How would you get it started?',
    competencies: ['innovation', 'influence-without-authority', 'commercial-awareness'],
    audiences: ['hiring_manager', 'executive', 'peer'],
    listeningFor:
      'A small, cheap proof of value, a business case in terms leaders care about, and finding a sponsor.',
  },
  {
    id: 'priorities-change-weekly',
    text: 'Priorities here can change from week to week. How would you keep your own work on track when that happens?',
    competencies: ['adaptability', 'planning', 'resilience'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor:
      'Short planning cycles, finishing work in usable pieces, confirming priorities often, and staying good-humoured about change.',
  },
  {
    id: 'two-reports-not-speaking',
    text: 'Two people on your team have stopped speaking to each other, and it is affecting the work. What would you do?',
    competencies: ['conflict-resolution', 'leadership', 'communication'],
    audiences: ['hiring_manager'],
    listeningFor:
      'Hearing each person separately, then a facilitated conversation focused on working behaviour, clear expectations, and follow-up.',
  },
  {
    id: 'customer-wants-policy-exception',
    text: 'A valuable customer asks for an exception to a policy, and granting it would keep their business. How would you decide?',
    competencies: ['customer-focus', 'ethics-integrity', 'decision-making'],
    audiences: ['hiring_manager', 'executive', 'cross_functional'],
    listeningFor:
      'Understanding why the policy exists, weighing precedent and risk against the account’s value, and involving the right person for the decision.',
  },
]);
