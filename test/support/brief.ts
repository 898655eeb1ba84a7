import { briefLimits } from '../../src/coach/brief.js';
import { briefReminders } from '../../src/content/brief-reminders.js';
import type { Brief } from '../../src/domain/brief.js';

/** A brief like the example opportunity's round 2: three interviewers, two stories. */
export function aBrief(overrides: Partial<Brief> = {}): Brief {
  return {
    generatedAt: '2026-11-20T09:00:00.000Z',
    header: {
      company: 'Larkspur Freight',
      role: 'Senior Product Manager, Shipper Platform',
      roundNumber: 2,
      startsAt: '2026-11-25T12:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      when: 'Wed 25 Nov 2026, 13:30 (Europe/Amsterdam)',
      countdown: 'in 5 days',
      formats: ['panel', 'presentation'],
    },
    logistics: {
      hours: '13:30–16:00',
      duration: '2 h 30 min',
      place: 'Larkspur Freight HQ, Wilhelminakade 300, Rotterdam',
      videoLink: 'https://meet.larkspur-freight.example/r2',
      askFor: 'Ask for Femke at reception.',
      bring: 'Bring a laptop with HDMI; the deck is 15 minutes.',
      notes: [],
    },
    interviewers: [
      {
        id: 'femke',
        name: 'Femke de Wit',
        title: 'Director of Product',
        audience: 'Hiring manager',
        priorities: ['Fewer failed bookings', 'A roadmap the sales team can sell against'],
        rapportHook: 'Also cycles to work year-round',
        askedLastTime: ['Tell me about a product decision you made with incomplete data.'],
        questionsToAsk: [
          { text: 'What would make the first six months a clear success for you?', own: true },
          { text: 'What is the team wrestling with right now?', own: false },
        ],
      },
      {
        id: 'arjun',
        name: 'Arjun Mehta',
        title: 'Chief Technology Officer',
        audience: 'Executive',
        priorities: ['Platform migration without breaking shippers'],
        rapportHook: null,
        askedLastTime: [],
        questionsToAsk: [
          { text: 'How will the move off the monolith change the portal?', own: true },
        ],
      },
      {
        id: 'sanne',
        name: 'Sanne Bakker',
        title: 'Head of Operations',
        audience: 'Cross-functional partner',
        priorities: ['Less manual rework for planners'],
        rapportHook: null,
        askedLastTime: [],
        questionsToAsk: [],
      },
    ],
    moreInterviewers: [],
    stories: [
      {
        id: 's1',
        title: 'Winning back a frustrated operations team',
        result: 'Manual rebookings dropped from 70 → 25 a week ✓',
        for: ['Femke de Wit', 'Sanne Bakker'],
      },
      {
        id: 's2',
        title: 'Invoice splitting for multi-stop shipments',
        result: 'Billing tickets fell by 38% in the first quarter.',
        for: ['Arjun Mehta'],
      },
    ],
    company: {
      mission: 'Make booking freight as simple as booking a train ticket.',
      values: ['Shippers first', 'Own the outcome', 'Plain talk'],
      products: ['Self-service booking portal', 'Track & trace API'],
    },
    news: [
      {
        headline: 'Larkspur Freight opens a rail corridor between Rotterdam and Milan 🚆',
        publishedOn: '2026-11-17',
        talkingPoint: 'Rail bookings will need new pricing rules.',
      },
    ],
    promises: [
      {
        promise: 'Send Femke the one-page summary of the invoice-splitting results.',
        to: 'Femke de Wit',
        dueOn: '2026-11-19',
        overdue: true,
      },
    ],
    reminders: [
      { lead: 'Whole panel', text: 'Let your eyes move across everyone in the room.' },
      { lead: 'Steady pace', text: 'About 150 words a minute, with pauses.' },
    ],
    ...overrides,
  };
}

const words = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ');
/** A text of exactly `max` characters, cut with "…" as the coach cuts it. */
const upTo = (text: string, max: number) => `${text.slice(0, max - 1)}…`;
const count = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

/**
 * A brief with every list at the coach's caps and every text at its length limit: the most a
 * brief can hold. `crowded` is a panel of six with the coach's shorter cards, otherwise four
 * people with full ones; `shout` writes everything in wide capitals, which no real workspace does.
 */
export function aFullBrief({ crowded = false, shout = false } = {}): Brief {
  const brief = aBrief();
  const limits = briefLimits;
  const cards = crowded
    ? {
        people: limits.interviewers,
        priorities: limits.crowdedPriorities,
        asked: limits.crowdedAskedLastTime,
        asks: limits.crowdedQuestionsToAsk,
      }
    : {
        people: limits.crowdedPanel,
        priorities: limits.priorities,
        asked: limits.askedLastTime,
        asks: limits.questionsToAsk,
      };
  const say = (text: string) => (shout ? text.toUpperCase() : text);
  const fill = (word: string, max: number) => upTo(say(words(word, max)), max);
  const person = (index: number) => ({
    id: `p${index}`,
    name: fill(`Wilhelmina-Maximiliana ${index} van`, limits.nameChars),
    title: fill('Senior Vice President', limits.titleChars),
    audience: 'Cross-functional partner',
    priorities: count(cards.priorities).map(() =>
      fill('Fewer manual bookings', limits.priorityChars),
    ),
    rapportHook: fill('Rides mountain bikes', limits.hookChars),
    askedLastTime: count(cards.asked).map(() => fill('What would you change', limits.askedChars)),
    questionsToAsk: count(cards.asks).map((at) => ({
      text: fill('How will the team measure', limits.questionChars),
      own: at === 1,
    })),
  });
  return {
    ...brief,
    header: {
      ...brief.header,
      company: fill('Multimodal Worldwide', limits.companyChars),
      role: fill('Principal Product Manager', limits.roleChars),
      formats: ['panel', 'presentation', 'case study', 'skills test', 'meet the team'],
    },
    logistics: {
      ...brief.logistics,
      place: fill('Warehouse', limits.logisticsChars),
      videoLink: `https://meet.example.com/${'w'.repeat(400)}`,
      askFor: fill('Ask for Wilhelmina', limits.logisticsChars),
      bring: fill('Bring a laptop', limits.logisticsChars),
      notes: count(limits.logisticsNotes).map(() => fill('Parking', limits.logisticsChars)),
    },
    interviewers: count(cards.people).map(person),
    moreInterviewers: crowded ? ['Someone Else', 'Another Person'] : [],
    stories: count(limits.stories).map((index) => ({
      id: `s${index}`,
      title: fill(`${index} Winning back`, limits.storyTitleChars),
      result: fill('Rebookings fell', limits.storyResultChars),
      for: ['Wilhelmina 1', 'Wilhelmina 2', 'Wilhelmina 3'],
    })),
    company: {
      mission: fill('Move the world', limits.missionChars),
      values: count(limits.values).map(() => fill('Shippers first', limits.listItemChars)),
      products: count(limits.products).map(() => fill('Booking portal', limits.listItemChars)),
    },
    news: count(limits.news).map((index) => ({
      headline: fill('Headline', limits.headlineChars),
      publishedOn: `2026-11-0${index}`,
      talkingPoint: fill('Talking point', limits.talkingPointChars),
    })),
    promises: count(limits.promises).map((index) => ({
      promise: fill('Send the deck', limits.promiseChars),
      to: fill('Wilhelmina', limits.nameChars),
      dueOn: `2026-11-1${index}`,
      overdue: index < 3,
    })),
    reminders: briefReminders.map((reminder) => ({ ...reminder })),
  };
}
