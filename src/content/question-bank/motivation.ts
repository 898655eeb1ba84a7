import { defineQuestions } from './entry.js';

/** Why the candidate wants this job, here and now. */
export const motivationQuestions = defineQuestions('motivation', [
  {
    id: 'why-this-organisation',
    text: 'What draws you to this organisation in particular, rather than others in the same field?',
    competencies: ['motivation-fit', 'commercial-awareness'],
    audiences: ['recruiter', 'hiring_manager', 'executive'],
    listeningFor:
      'Specific reasons drawn from research (products, customers, direction, people) that could not be said about any competitor.',
  },
  {
    id: 'why-this-role-now',
    text: 'Why this role, and why at this point in your career?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'A coherent story linking your past work to this job, and a reason the timing makes sense.',
  },
  {
    id: 'why-leaving-current-job',
    text: 'What is prompting you to leave your current job?',
    competencies: ['motivation-fit', 'self-awareness', 'ethics-integrity'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'A reason framed around what you are moving towards, with no criticism of your current employer or colleagues.',
  },
  {
    id: 'most-excited-to-work-on',
    text: 'Of everything you have heard about this job so far, what are you most keen to get your hands on?',
    competencies: ['motivation-fit'],
    audiences: ['hiring_manager', 'peer'],
    listeningFor:
      'Genuine, specific enthusiasm for real parts of the work, showing you listened in earlier conversations.',
  },
  {
    id: 'least-appealing-part',
    text: 'Which part of this job appeals to you least, and how would you handle it?',
    competencies: ['self-awareness', 'motivation-fit'],
    audiences: ['hiring_manager', 'recruiter'],
    listeningFor: 'Honesty about a real downside and a mature plan for doing it well anyway.',
  },
  {
    id: 'what-keeps-you-going-on-hard-days',
    text: 'What keeps you going at work on a hard day?',
    competencies: ['motivation-fit', 'resilience'],
    audiences: ['recruiter', 'peer'],
    listeningFor:
      'Intrinsic motivation (the people served, craft, team) that will last beyond the first months.',
  },
  {
    id: 'other-processes-compare',
    text: 'Where else are you interviewing, and how does this opportunity compare?',
    competencies: ['motivation-fit', 'negotiation'],
    audiences: ['recruiter'],
    listeningFor:
      'Candour about your situation and timing, without using other offers as leverage or disclosing confidential detail.',
  },
  {
    id: 'what-you-tell-friends',
    text: 'What would you tell a friend about why you applied here?',
    competencies: ['motivation-fit', 'communication'],
    audiences: ['recruiter', 'peer'],
    listeningFor:
      'An unrehearsed, believable reason in plain words, consistent with what you said in the formal answers.',
  },
  {
    id: 'improve-our-product-or-service',
    text: 'What do you make of our products or services from the outside, and what would you improve?',
    competencies: ['customer-focus', 'commercial-awareness', 'motivation-fit'],
    audiences: ['executive', 'hiring_manager', 'cross_functional'],
    listeningFor:
      'That you have used or studied what we offer, a constructive critique, and tact in giving it.',
  },
  {
    id: 'why-this-industry',
    text: 'What attracts you to this industry, and what keeps you in it?',
    competencies: ['motivation-fit', 'commercial-awareness'],
    audiences: ['executive', 'recruiter'],
    listeningFor:
      'Understanding of the sector’s direction and a lasting reason to be in it, not only this one job.',
  },
  {
    id: 'meaningful-work-in-this-role',
    text: 'What kind of work feels meaningful to you, and where would you find it in this role?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['hiring_manager', 'recruiter', 'executive'],
    listeningFor:
      'A real connection between what drives you and what this job involves day to day.',
  },
  {
    id: 'why-choose-you',
    text: 'Why should we choose you over the other strong people we are seeing?',
    competencies: ['motivation-fit', 'self-awareness', 'communication'],
    audiences: ['hiring_manager', 'executive', 'recruiter'],
    listeningFor:
      'A short, confident summary of your fit tied to this team’s needs, without disparaging other candidates.',
  },
  {
    id: 'what-would-make-you-decline',
    text: 'What would make you turn down an offer from us?',
    competencies: ['motivation-fit', 'negotiation', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Clear, reasonable priorities the employer can act on, stated without ultimatums.',
  },
  {
    id: 'proudest-achievement',
    text: 'Which achievement are you proudest of, and why that one?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager', 'executive'],
    listeningFor:
      'What you value, shown by what you chose, and whether similar achievements are possible here.',
  },
  {
    id: 'sideways-step',
    text: 'From the outside this role could look like a sideways step for you. How do you see it?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'A convincing reason the move makes sense for you, so the employer is not worried you will leave soon.',
  },
  {
    id: 'mission-connection',
    text: 'Which part of our mission connects with you personally, and why?',
    competencies: ['motivation-fit', 'ethics-integrity'],
    audiences: ['executive', 'recruiter'],
    listeningFor:
      'A personal, specific link to the purpose of the organisation rather than repeating its slogan.',
  },
  {
    id: 'what-would-keep-you-here',
    text: 'What would keep you here three years from now?',
    competencies: ['motivation-fit', 'self-awareness'],
    audiences: ['recruiter', 'hiring_manager'],
    listeningFor:
      'Realistic expectations the organisation can meet, and a sign you intend to stay.',
  },
  {
    id: 'what-brought-you-back',
    text: 'What did you notice in your first interview that made you want to come back?',
    competencies: ['motivation-fit', 'teamwork'],
    audiences: ['hiring_manager', 'peer', 'recruiter'],
    listeningFor:
      'A specific, genuine observation about the people or the work that shows attention and interest.',
  },
]);
