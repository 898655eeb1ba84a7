import { defineQuestions } from './entry.js';

/**
 * Templates filled from the job posting: `{skill}` and `{responsibility}` from the extracted
 * skills and responsibilities, `{company}` and `{role}` from the opportunity. Each template
 * reads naturally with any one value in place.
 */
export const roleSpecificTemplates = defineQuestions('role_specific', [
  {
    id: 'real-project-using-skill',
    text: 'Walk us through a real project where you used {skill}. Which parts did you do yourself?',
    competencies: ['technical-depth', 'ownership'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'Hands-on detail that shows you have used it in practice, and a clear line between your work and others’.',
  },
  {
    id: 'skill-versus-strongest-colleague',
    text: 'Compared with the most capable person you have worked with on {skill}, where are you, and what separates you?',
    competencies: ['technical-depth', 'self-awareness'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'A calibrated self-assessment and an understanding of what real mastery of the skill looks like.',
  },
  {
    id: 'teach-skill-to-colleague',
    text: 'How would you teach {skill} to a capable colleague who has never used it?',
    competencies: ['technical-depth', 'coaching-mentoring', 'communication'],
    audiences: ['technical', 'peer'],
    listeningFor:
      'Understanding deep enough to simplify, a sensible learning order, and a practical first exercise.',
  },
  {
    id: 'skill-did-not-solve-problem',
    text: 'Tell us about a time {skill} did not solve the problem you expected it to. What did you do instead?',
    competencies: ['technical-depth', 'learning-from-failure', 'problem-solving'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor: 'Knowing the limits of the skill, and flexibility to reach for something else.',
  },
  {
    id: 'recent-learning-about-skill',
    text: 'What have you learned about {skill} in the past year that changed how you use it?',
    competencies: ['learning-agility', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor: 'Active, recent learning and a concrete change in practice.',
  },
  {
    id: 'less-experience-with-skill',
    text: 'Your experience with {skill} is lighter than some other candidates’. How would you get up to speed here?',
    competencies: ['learning-agility', 'self-awareness', 'planning'],
    audiences: ['hiring_manager', 'technical'],
    listeningFor:
      'A calm, specific plan with a timeline, and related experience that shortens the learning curve.',
  },
  {
    id: 'approach-responsibility-first-months',
    text: 'This role is responsible for {responsibility}. How would you approach that in your first three months?',
    competencies: ['planning', 'prioritisation'],
    audiences: ['hiring_manager'],
    listeningFor:
      'Understanding of what the responsibility involves, learning the current state first, and early priorities.',
  },
  {
    id: 'last-time-accountable-for-responsibility',
    text: 'Tell us about the last time you were accountable for {responsibility}. What went well and what did not?',
    competencies: ['ownership', 'self-awareness'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor: 'Directly relevant experience described with honesty about the mixed parts.',
  },
  {
    id: 'measure-responsibility-done-well',
    text: 'How would you measure whether {responsibility} is being done well?',
    competencies: ['data-driven-decisions', 'planning'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Meaningful measures of outcome rather than activity, and how you would track them.',
  },
  {
    id: 'different-approach-to-responsibility',
    text: 'What would you do differently from most people when it comes to {responsibility}?',
    competencies: ['innovation', 'process-improvement'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'A distinctive, well-reasoned point of view from experience, not novelty for its own sake.',
  },
  {
    id: 'partners-for-responsibility',
    text: 'Whom would you need to work with to deliver {responsibility}, and how would you keep them on side?',
    competencies: ['stakeholder-management', 'cross-functional-collaboration'],
    audiences: ['cross_functional', 'hiring_manager'],
    listeningFor:
      'A realistic map of the people involved and a plan for working with each of them.',
  },
  {
    id: 'pitfalls-of-responsibility',
    text: 'What usually goes wrong with {responsibility}, and how do you prevent it?',
    competencies: ['planning', 'problem-solving', 'technical-depth'],
    audiences: ['hiring_manager', 'technical', 'peer'],
    listeningFor: 'Pitfalls that only come from experience, and the safeguards you use.',
  },
  {
    id: 'responsibility-at-double-volume',
    text: 'How would your approach to {responsibility} change if the workload doubled?',
    competencies: ['planning', 'process-improvement', 'adaptability'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'Thinking in systems: automation, delegation and prioritisation rather than simply working longer hours.',
  },
  {
    id: 'outstanding-role-at-company',
    text: 'What would make you an outstanding {role} at {company}, rather than simply a good one?',
    competencies: ['motivation-fit', 'self-awareness', 'strategic-thinking'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'A clear idea of what excellence looks like in this particular setting, and which of your strengths would get you there.',
  },
  {
    id: 'biggest-challenge-for-role-at-company',
    text: 'What do you see as the biggest challenge for a {role} at {company} over the next year?',
    competencies: ['strategic-thinking', 'commercial-awareness'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor: 'Research applied to the role, and an opinion you can support.',
  },
  {
    id: 'company-versus-competitors-from-role',
    text: 'From where a {role} sits, how does {company} compare with its competitors?',
    competencies: ['commercial-awareness', 'strategic-thinking'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Knowledge of the market and competitors, seen through the lens of the job you would do.',
  },
  {
    id: 'good-first-week-in-role',
    text: 'Describe what a good first week as our {role} would look like to you.',
    competencies: ['planning', 'motivation-fit'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Realistic expectations, eagerness to meet people and learn, and a small early contribution.',
  },
  {
    id: 'best-person-in-role-you-know',
    text: 'What does the best {role} you have worked with do that others do not?',
    competencies: ['self-awareness', 'technical-depth'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor: 'A high bar for the job and a sense of how you measure up to it.',
  },
  {
    id: 'mistakes-new-people-make-in-role',
    text: 'What mistakes do people new to the {role} job often make, and how would you avoid them?',
    competencies: ['self-awareness', 'learning-from-failure'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Experience-based insight into the job’s traps and humility about your own risk of falling into them.',
  },
  {
    id: 'skill-to-improve-responsibility',
    text: 'How would you use {skill} to improve how we handle {responsibility}?',
    competencies: ['technical-depth', 'process-improvement', 'innovation'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'A practical link between the skill and the responsibility, with a realistic first step.',
  },
  {
    id: 'when-not-to-use-skill',
    text: 'When would you choose not to use {skill}, and what would you reach for instead?',
    competencies: ['technical-depth', 'decision-making'],
    audiences: ['technical'],
    listeningFor: 'Mature judgement about the skill’s limits rather than using it for everything.',
  },
  {
    id: 'quality-of-work-with-skill',
    text: 'How do you check the quality of work that relies on {skill}?',
    competencies: ['attention-to-detail', 'technical-depth'],
    audiences: ['technical', 'peer'],
    listeningFor: 'Specific checks suited to the skill and a habit of applying them.',
  },
  {
    id: 'skill-under-time-pressure',
    text: 'Tell us about a time you had to apply {skill} under real time pressure.',
    competencies: ['delivery-under-pressure', 'technical-depth'],
    audiences: ['technical', 'hiring_manager'],
    listeningFor:
      'Competence that holds up under stress, and sensible shortcuts that did not compromise the result.',
  },
  {
    id: 'explain-skill-value-to-colleague',
    text: 'How would you explain the value of {skill} to someone at {company} who has never come across it?',
    competencies: ['communication', 'commercial-awareness', 'technical-depth'],
    audiences: ['cross_functional', 'executive'],
    listeningFor: 'Plain language and a link to outcomes the listener cares about.',
  },
  {
    id: 'responsibility-clashes-with-priority',
    text: 'If {responsibility} clashed with another urgent priority, how would you decide which comes first?',
    competencies: ['prioritisation', 'decision-making', 'stakeholder-management'],
    audiences: ['hiring_manager'],
    listeningFor:
      'A clear way of weighing impact and urgency, and involving the right people in the call.',
  },
  {
    id: 'change-first-about-responsibility',
    text: 'From what you know so far, what would you change first about how {company} handles {responsibility}?',
    competencies: ['change-management', 'strategic-thinking', 'innovation'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Research and tact: an informed idea, offered with the caveat that you would check it first.',
  },
  {
    id: 'how-role-will-change',
    text: 'How do you think the {role} job will change in the next few years, and how are you preparing for it?',
    competencies: ['strategic-thinking', 'learning-agility'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Awareness of trends affecting the profession and deliberate steps to stay ahead.',
  },
  {
    id: 'numbers-to-watch-in-role',
    text: 'Which numbers would you watch every week as our {role}?',
    competencies: ['data-driven-decisions', 'commercial-awareness', 'planning'],
    audiences: ['hiring_manager', 'executive'],
    listeningFor:
      'The few measures that really show whether the role is succeeding, and why each matters.',
  },
  {
    id: 'experience-beyond-skill-that-helps',
    text: 'Which of your experiences outside {skill} make you better at it?',
    competencies: ['learning-agility', 'innovation', 'self-awareness'],
    audiences: ['technical', 'peer', 'hiring_manager'],
    listeningFor: 'Breadth you can draw on, and a concrete example of it improving your work.',
  },
  {
    id: 'what-customers-expect-from-role',
    text: 'What do you think {company}’s customers expect from the {role}, and how would you meet that expectation?',
    competencies: ['customer-focus', 'commercial-awareness'],
    audiences: ['hiring_manager', 'cross_functional'],
    listeningFor: 'Understanding of the customers and how this role affects their experience.',
  },
]);
