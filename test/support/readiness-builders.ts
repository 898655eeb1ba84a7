import type {
  EarlierRound,
  ReadinessInput,
  ReadinessInterviewer,
  ReadinessRound,
} from '../../src/coach/readiness-types.js';

/** Monday 23 Nov 2026, 10:30 in Amsterdam: four days and three hours before round 2. */
export const NOW = new Date('2026-11-23T09:30:00.000Z');
export const hoursFrom = (start: Date, hours: number) =>
  new Date(start.getTime() + hours * 3600_000);

/** Round 2 on Friday 27 Nov 2026 at 13:30 in Amsterdam, on site, one-on-one. */
export const aReadinessRound = (overrides: Partial<ReadinessRound> = {}): ReadinessRound => ({
  id: 'r2',
  number: 2,
  startsAt: '2026-11-27T12:30:00.000Z',
  timeZone: 'Europe/Amsterdam',
  durationMinutes: 120,
  formats: ['one_on_one'],
  location: 'Wilhelminakade 300, Rotterdam',
  videoLink: null,
  logistics: 'Ask for Femke at reception.',
  status: 'scheduled',
  expectedDecisionOn: null,
  checklistDone: [],
  ...overrides,
});

export const femke = (overrides: Partial<ReadinessInterviewer> = {}): ReadinessInterviewer => ({
  id: 'femke',
  name: 'Femke de Wit',
  title: 'Director of Product',
  audienceKind: 'hiring_manager',
  priorities: ['Fewer failed bookings'],
  background: 'Rebuilt the product team.',
  rapportHooks: ['Cycles to work'],
  ...overrides,
});

export const arjun = (overrides: Partial<ReadinessInterviewer> = {}): ReadinessInterviewer => ({
  id: 'arjun',
  name: 'Arjun Mehta',
  title: 'Chief Technology Officer',
  audienceKind: 'executive',
  priorities: ['Platform migration'],
  background: 'Leads 60 engineers.',
  rapportHooks: [],
  ...overrides,
});

/** Round 1 on Monday 16 Nov 2026, debriefed. */
export const aRoundOne = (overrides: Partial<EarlierRound> = {}): EarlierRound => ({
  round: {
    id: 'r1',
    number: 1,
    startsAt: '2026-11-16T09:00:00.000Z',
    timeZone: 'Europe/Amsterdam',
    status: 'completed',
  },
  debrief: [
    { question: 'Tell me about a hard decision.', selfRating: 2, askedByInterviewerId: 'femke' },
  ],
  missedPoints: 1,
  promises: 1,
  feedback: 0,
  ...overrides,
});

const practiceAt = (iso: string) => ({
  question: 'Why this role?',
  attemptedAt: iso,
  createdAt: iso,
});

/** An input where every item of round 2 is done. */
export const aReadyInput = (overrides: Partial<ReadinessInput> = {}): ReadinessInput => ({
  opportunity: {
    id: 'opp',
    company: 'Larkspur Freight',
    role: 'Senior Product Manager',
    status: 'interviewing',
  },
  round: aReadinessRound(),
  earlierRounds: [aRoundOne()],
  interviewers: [femke(), arjun()],
  research: {
    mission: 'Simple freight.',
    values: ['Plain talk'],
    products: ['Booking portal'],
    competitors: ['Forwarders'],
    culture: 'Small teams.',
  },
  news: [{ headline: 'Rail corridor to Milan', publishedOn: '2026-11-20' }],
  coverage: { itemCount: 4, gaps: [] },
  likelyQuestions: [
    {
      interviewerId: 'arjun',
      question: 'Tell me about a migration you led.',
      needsStory: true,
      storyTitle: 'Monolith split',
    },
    {
      interviewerId: 'femke',
      question: 'What salary do you expect?',
      needsStory: false,
      storyTitle: null,
    },
  ],
  questionsToAsk: [
    { targetInterviewerIds: ['femke'], askedInRoundId: null },
    { targetInterviewerIds: ['femke', 'arjun'], askedInRoundId: null },
    { targetInterviewerIds: ['arjun'], askedInRoundId: 'r2' },
  ],
  practice: [
    practiceAt('2026-11-20T18:00:00.000Z'),
    practiceAt('2026-11-21T18:00:00.000Z'),
    practiceAt('2026-11-22T18:00:00.000Z'),
  ],
  presentationPlans: [],
  rehearsals: [],
  salary: { target: 95_000, rangeLow: 90_000, rangeHigh: 105_000, walkAway: 85_000 },
  personalWhy: { whyRole: 'Own a platform.', whyCompany: 'Freight matters.', whyNow: 'Ready.' },
  dayPlan: { first30: ['Listen'], first60: ['Ship'], first90: ['Plan'] },
  promises: [
    {
      promise: 'Send Femke the one-page summary.',
      dueOn: null,
      kept: true,
      roundId: 'r1',
      toInterviewerId: 'femke',
      toName: 'Femke de Wit',
    },
  ],
  thankYouNotes: [],
  reflection: null,
  followUps: [],
  ...overrides,
});
