import { defineQuestions } from './entry.js';

/**
 * Pay, offer terms and timing. Second rounds often raise these; the candidate should have a
 * researched range, a target and a walk-away figure ready before they are asked.
 */
export const salaryQuestions = defineQuestions('salary', [
  {
    id: 'salary-expectations',
    text: 'What salary range are you looking for in this role?',
    competencies: ['negotiation', 'commercial-awareness'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'A researched range with a sensible floor, said calmly, and some sign of flexibility on the overall package.',
    followUps: ['Where in that range would you expect to start?'],
  },
  {
    id: 'current-package',
    text: 'What does your current pay package look like?',
    competencies: ['negotiation', 'ethics-integrity'],
    audiences: ['recruiter'],
    listeningFor:
      'A truthful answer or a polite redirection to what you expect for this role; in some places employers may not ask this at all, and a candidate who knows that and stays courteous stands out.',
  },
  {
    id: 'basis-for-your-figure',
    text: 'How did you arrive at that figure?',
    competencies: ['negotiation', 'data-driven-decisions', 'commercial-awareness'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Market evidence (surveys, comparable roles, location) and the value you bring, not personal expenses.',
  },
  {
    id: 'budget-below-your-range',
    text: 'Our budget for this role is below what you mentioned. How would you like to proceed?',
    competencies: ['negotiation', 'motivation-fit'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Composure, interest in the whole offer (level, review timing, other terms), and a clear sense of your own limit.',
  },
  {
    id: 'flexibility-on-number',
    text: 'How flexible is your number if other parts of the offer are strong?',
    competencies: ['negotiation', 'self-awareness'],
    audiences: ['recruiter'],
    listeningFor:
      'Which other terms you value and how much, so a workable offer can be shaped, without giving away your floor.',
  },
  {
    id: 'what-matters-beyond-base',
    text: 'Apart from base pay, which parts of an offer matter most to you?',
    competencies: ['negotiation', 'motivation-fit'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Clear, ranked priorities such as flexibility, learning or leave, that help the employer build an attractive offer.',
  },
  {
    id: 'notice-and-start-date',
    text: 'What notice period do you have, and when could you realistically start?',
    competencies: ['planning', 'ethics-integrity'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'A precise answer, respect for obligations to your current employer, and realism about any commitments already booked.',
  },
  {
    id: 'counter-offer-response',
    text: 'If your current employer made a counter-offer, how would you respond?',
    competencies: ['motivation-fit', 'ethics-integrity', 'negotiation'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Whether your reasons for moving go beyond money, so that an offer accepted will stay accepted.',
  },
  {
    id: 'other-offers-timeline',
    text: 'What other offers are you weighing, and on what timeline?',
    competencies: ['negotiation', 'motivation-fit'],
    audiences: ['recruiter'],
    listeningFor:
      'Honest timing the employer can plan around, shared without pressure tactics or invented deadlines.',
  },
  {
    id: 'offer-at-top-of-range',
    text: 'If we offered you the top of your range today, what would you say?',
    competencies: ['negotiation', 'motivation-fit', 'decision-making'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Whether money is the real deciding factor, and whether anything else would still hold you back.',
  },
  {
    id: 'base-versus-variable',
    text: 'How do you weigh a lower base against variable pay such as a bonus or commission?',
    competencies: ['negotiation', 'commercial-awareness'],
    audiences: ['recruiter', 'executive'],
    listeningFor:
      'Understanding of how variable pay works and a realistic view of risk, especially for sales and senior roles.',
  },
]);
