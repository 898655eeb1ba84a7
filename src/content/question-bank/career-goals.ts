import { defineQuestions } from './entry.js';

/** Where the candidate is heading and how this role fits that path. */
export const careerGoalQuestions = defineQuestions('career_goals', [
  {
    id: 'career-in-five-years',
    text: 'Where would you like your career to be in five years, and how does this role help you get there?',
    competencies: ['motivation-fit', 'strategic-thinking', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager', 'executive'],
    listeningFor:
      'Ambition that fits what this organisation can offer, and a plan in which this role is a real step rather than a stopgap.',
  },
  {
    id: 'expertise-or-people-leadership',
    text: 'Over the long run, do you see yourself going deeper as a specialist, leading people, or something else?',
    competencies: ['self-awareness', 'leadership', 'motivation-fit'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor: 'A considered direction, and whether paths exist here to support it.',
  },
  {
    id: 'skills-to-build-next',
    text: 'Which skills do you want to build in the next two years, and how do you plan to build them?',
    competencies: ['learning-agility', 'planning', 'self-awareness'],
    audiences: ['hiring_manager', 'recruiter', 'technical'],
    listeningFor:
      'Specific skills that would make you more valuable in this role, and your own plan rather than waiting for training.',
  },
  {
    id: 'reasoning-behind-career-moves',
    text: 'Take me through the main moves in your career so far and the reasoning behind each.',
    competencies: ['self-awareness', 'decision-making', 'communication'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'A coherent thread, deliberate choices, and a crisp account that does not dwell on every job.',
  },
  {
    id: 'change-of-direction',
    text: 'Your background includes a change of direction. What prompted it, and what did you carry over?',
    competencies: ['adaptability', 'self-awareness', 'learning-agility'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'A positive reason for the change, and transferable skills clearly linked to this job.',
  },
  {
    id: 'define-career-success',
    text: 'How do you define success in your career, apart from title and pay?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager', 'executive'],
    listeningFor:
      'Values-based measures of success (impact, mastery, people developed) that this role can feed.',
  },
  {
    id: 'appetite-for-managing-people',
    text: 'How do you feel about managing people, now or later in your career?',
    competencies: ['leadership', 'self-awareness'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor:
      'Honest interest or lack of it, with an understanding of what managing people actually involves.',
  },
  {
    id: 'learn-here-not-there',
    text: 'What do you hope to learn here that you could not learn where you are now?',
    competencies: ['learning-agility', 'motivation-fit'],
    audiences: ['recruiter', 'peer'],
    listeningFor:
      'A specific learning goal this organisation can meet, framed without criticising your current employer.',
  },
  {
    id: 'logical-next-step',
    text: 'Why is this the logical next step after what you are doing now?',
    competencies: ['motivation-fit', 'strategic-thinking', 'self-awareness'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'A clear personal reason linking your experience and ambition to this exact role.',
  },
  {
    id: 'support-needed-to-grow',
    text: 'What support would you need from us to grow in this role?',
    competencies: ['self-awareness', 'learning-agility', 'coaching-mentoring'],
    audiences: ['hiring_manager'],
    listeningFor:
      'Realistic, specific requests, and a sense that you would drive your own development.',
  },
  {
    id: 'three-years-here',
    text: 'If things go well, what would you like to be doing here in three years?',
    competencies: ['motivation-fit', 'strategic-thinking'],
    audiences: ['executive', 'hiring_manager'],
    listeningFor:
      'Ambition grounded in the organisation’s real structure, and commitment beyond the first year.',
  },
  {
    id: 'who-shaped-your-career',
    text: 'Who has shaped your career most, and what did you take from them?',
    competencies: ['self-awareness', 'coaching-mentoring', 'learning-agility'],
    audiences: ['recruiter', 'peer'],
    listeningFor:
      'Gratitude, reflection and the values you absorbed, which hint at how you will treat others.',
  },
]);
