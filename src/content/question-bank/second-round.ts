import { defineQuestions } from './entry.js';

/**
 * Questions that belong to a later round: how the candidate would do this job here, what they
 * would change, and how their view has moved since the first conversation.
 */
export const secondRoundQuestions = defineQuestions('second_round', [
  {
    id: 'first-90-days-focus',
    text: 'What would you focus on in your first 90 days here?',
    competencies: ['planning', 'strategic-thinking', 'prioritisation'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Learning before changing, a few well-chosen early contributions, and priorities that reflect what you heard in round one.',
    followUps: ['What would you deliberately not do in that time?'],
  },
  {
    id: 'plan-30-60-90',
    text: 'What would you aim to have done by 30, 60 and 90 days?',
    competencies: ['planning', 'prioritisation', 'ownership'],
    audiences: ['hiring_manager'],
    listeningFor:
      'A staged plan (learn, contribute, lead), measurable milestones, and realism about what one new person can do.',
  },
  {
    id: 'first-six-months-change',
    text: 'What would you change in your first six months, and what would you deliberately leave alone?',
    competencies: ['change-management', 'strategic-thinking', 'self-awareness'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Respect for what already works, a small number of well-argued changes, and how you would win support for them.',
  },
  {
    id: 'elevate-the-role',
    text: 'How would you take this role beyond what the job description asks for?',
    competencies: ['strategic-thinking', 'innovation', 'ownership'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Ideas that add value the organisation cares about, grounded in what you have learned about it, after the basics are done well.',
  },
  {
    id: 'questions-left-after-round-one',
    text: 'What questions are still on your mind after our first conversation?',
    competencies: ['motivation-fit', 'communication'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'That you have reflected since round one and want to understand the role more deeply, not just be liked.',
  },
  {
    id: 'thinking-changed-since-last-spoke',
    text: 'How has your thinking about this role changed since we last spoke?',
    competencies: ['motivation-fit', 'self-awareness', 'strategic-thinking'],
    audiences: ['hiring_manager', 'recruiter', 'executive'],
    listeningFor:
      'Evidence of reflection and further research, a view that has developed, and honest enthusiasm.',
  },
  {
    id: 'add-to-first-interview',
    text: 'What would you like to add to, or answer differently from, your first interview?',
    competencies: ['self-awareness', 'communication'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor:
      'Readiness to strengthen a weak answer or bring up a point you missed, without repeating yourself.',
  },
  {
    id: 'how-you-would-do-job-here',
    text: 'Knowing what you now know about our team, how would you actually do this job here, day to day?',
    competencies: ['planning', 'teamwork', 'strategic-thinking'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'A concrete picture built on what you have learned about this team’s tools, people and pressures, not a generic description.',
  },
  {
    id: 'first-problem-to-tackle',
    text: 'From what you have seen, which problem would you want to tackle first, and how?',
    competencies: ['problem-solving', 'prioritisation', 'strategic-thinking'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'A well-chosen problem backed by what you heard, and an approach that starts by checking your assumptions.',
  },
  {
    id: 'learn-before-changing',
    text: 'What would you need to learn about us before making any changes, and how would you learn it?',
    competencies: ['learning-agility', 'planning', 'self-awareness'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Humility and method: people to meet, data to read, and a sense of how long listening should last before acting.',
  },
  {
    id: 'relationships-to-build-first',
    text: 'Who would you want to build relationships with first, and why?',
    competencies: [
      'stakeholder-management',
      'cross-functional-collaboration',
      'strategic-thinking',
    ],
    audiences: ['hiring_manager', 'executive', 'cross_functional'],
    listeningFor:
      'An accurate sense of who the role depends on and who depends on it, including people outside the immediate team.',
  },
  {
    id: 'department-biggest-challenge',
    text: 'If you were in this seat today, how would you approach the biggest challenge our department faces?',
    competencies: ['problem-solving', 'strategic-thinking', 'decision-making'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'That you can name the challenge from what you have learned, and offer a thoughtful, staged approach rather than a quick fix.',
  },
  {
    id: 'how-we-would-know-hire-was-right',
    text: 'A year from now, how would we know that hiring you was the right decision?',
    competencies: ['ownership', 'data-driven-decisions', 'strategic-thinking'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Measurable outcomes that match the organisation’s goals, and confidence without over-promising.',
  },
  {
    id: 'what-gives-you-pause',
    text: 'What have you seen in the process so far that gives you pause about joining?',
    competencies: ['self-awareness', 'motivation-fit', 'communication'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor:
      'A candid, tactful concern that shows you are assessing them too, and how you would work through it.',
  },
  {
    id: 'answer-concern-from-round-one',
    text: 'After the first round, some of us felt your experience in one area was thinner than in others. How would you respond to that?',
    competencies: ['self-awareness', 'resilience', 'communication'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'No defensiveness, a fair acknowledgement, evidence that narrows the gap, and a plan for the rest.',
  },
  {
    id: 'expand-example-from-round-one',
    text: 'Last time you mentioned a project you were involved in. Tell us more about your own contribution and the numbers behind it.',
    competencies: ['ownership', 'data-driven-decisions', 'communication'],
    audiences: ['hiring_manager', 'technical'],
    listeningFor:
      'Detail and consistency with what you said before, and a clear distinction between your work and the team’s.',
  },
  {
    id: 'research-since-first-interview',
    text: 'What have you found out about us since the first interview, and what did you make of it?',
    competencies: ['commercial-awareness', 'motivation-fit', 'strategic-thinking'],
    audiences: ['executive', 'recruiter', 'hiring_manager'],
    listeningFor:
      'Recent, specific knowledge (news, launches, results) and an opinion about what it means for the role.',
  },
  {
    id: 'where-you-fit-in-team',
    text: 'Having met some of the team, where do you think you would fit, and what would you add that is missing?',
    competencies: ['teamwork', 'self-awareness', 'motivation-fit'],
    audiences: ['peer', 'hiring_manager'],
    listeningFor:
      'Observation of the people you met, and a contribution that complements them rather than duplicates them.',
  },
  {
    id: 'hardest-to-get-right-first-year',
    text: 'What do you think will be hardest to get right in this role in the first year, and how would you guard against it?',
    competencies: ['planning', 'strategic-thinking', 'self-awareness'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'A realistic reading of the role’s difficulty and concrete safeguards, not false confidence.',
  },
  {
    id: 'function-in-three-years',
    text: 'Where do you think this function should be in three years, and what would you do to get it there?',
    competencies: ['strategic-thinking', 'leadership', 'planning'],
    audiences: ['executive'],
    listeningFor:
      'Vision tied to the business strategy, realistic steps, and awareness of what it would take from others.',
  },
  {
    id: 'quick-wins-and-long-term',
    text: 'Which early wins would you look for, and how would you balance them against longer-term work?',
    competencies: ['prioritisation', 'strategic-thinking', 'commercial-awareness'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor: 'Early results that build credibility without costing the bigger goals.',
  },
  {
    id: 'how-we-would-work-together',
    text: 'How would you and I work together? What would you need from me in the first few months?',
    competencies: ['communication', 'self-awareness', 'stakeholder-management'],
    audiences: ['hiring_manager'],
    listeningFor:
      'A clear, reasonable view of the working relationship: how often to meet, how to update, when to escalate.',
  },
  {
    id: 'former-manager-would-say',
    text: 'If we called your last manager, what would they say you need to work on?',
    competencies: ['self-awareness', 'ethics-integrity'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'An answer consistent with what references would say, and evidence that you are already working on it.',
  },
  {
    id: 'impression-of-people-met',
    text: 'What was your impression of the people you met today?',
    competencies: ['communication', 'motivation-fit', 'teamwork'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Attentive, specific and tactful observations that show you engaged with each person.',
  },
  {
    id: 'readiness-to-accept',
    text: 'If we offered you the role, how ready would you be to accept, and what would you still need to decide?',
    competencies: ['motivation-fit', 'decision-making'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Honest commitment level and any open issues, so the employer can address them before an offer.',
  },
  {
    id: 'what-we-should-have-asked',
    text: 'What should we have asked you that we have not?',
    competencies: ['self-awareness', 'communication'],
    audiences: ['executive', 'hiring_manager', 'recruiter'],
    listeningFor:
      'A prepared final point that fills a gap in what they know about you, made briefly.',
  },
  {
    id: 'risks-in-role-set-up',
    text: 'What risks do you see in how this role is set up, and what would you do about them?',
    competencies: ['strategic-thinking', 'planning', 'decision-making'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Clear-eyed thinking about reporting lines, scope or resources, voiced constructively.',
  },
  {
    id: 'material-promised-after-round-one',
    text: 'Walk us through the example or material you said you would bring after our first conversation.',
    competencies: ['ownership', 'communication', 'attention-to-detail'],
    audiences: ['hiring_manager', 'technical'],
    listeningFor:
      'Follow-through on what you promised, and a clear explanation of what the material shows about your work.',
  },
  {
    id: 'hand-over-current-role',
    text: 'How would you hand over your current responsibilities, and how soon could you give this job your full attention?',
    competencies: ['ownership', 'planning', 'ethics-integrity'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor:
      'A responsible exit from your current job, which signals how you would treat this employer, and a realistic date.',
  },
  {
    id: 'what-to-keep-as-it-is',
    text: 'What have you seen of how we work that you would want to keep exactly as it is?',
    competencies: ['self-awareness', 'motivation-fit', 'change-management'],
    audiences: ['executive', 'hiring_manager', 'peer'],
    listeningFor: 'That you noticed real strengths, and would protect them while making changes.',
  },
]);
