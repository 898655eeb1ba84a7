import { describe, expect, test } from 'vitest';
import { briefLimits, composeBrief, type BriefInput } from './brief.js';
import { splitLogistics } from './brief-logistics.js';
import { clip, countdownTo, firstSentence } from './brief-text.js';
import type { PlannedAsk, PlannedQuestion } from './plan-types.js';

const NOW = new Date('2026-11-20T09:00:00.000Z');

const aPerson = (id: string, overrides: Partial<BriefInput['interviewers'][number]> = {}) => ({
  id,
  name: `Person ${id}`,
  title: 'Director of Product',
  audienceKind: 'hiring_manager' as const,
  priorities: ['Fewer failed bookings'],
  rapportHooks: ['Cycles to work', 'Spoke at a meetup'],
  ...overrides,
});

const aQuestion = (storyId?: string, title = `Story ${storyId}`): PlannedQuestion => ({
  id: `q-${storyId ?? 'none'}`,
  text: 'Tell me about a time…',
  type: 'behavioral',
  origin: 'bank',
  score: 1,
  reasons: [],
  competencies: [],
  listeningFor: '',
  ...(storyId ? { story: { storyId, title, reason: '', toldThemBefore: false, alsoFor: [] } } : {}),
});

const anAsk = (text: string, origin: PlannedAsk['origin'] = 'bank'): PlannedAsk => ({
  text,
  category: 'team',
  origin,
  why: '',
  findings: [],
});

function anInput(overrides: Partial<BriefInput> = {}): BriefInput {
  return {
    opportunity: { company: 'Larkspur Freight', role: 'Senior Product Manager' },
    round: {
      number: 2,
      startsAt: '2026-11-25T12:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
      durationMinutes: 150,
      formats: ['panel', 'presentation'],
      location: 'Wilhelminakade 300, Rotterdam',
      videoLink: null,
      logistics: 'Ask for Femke at reception. Bring a laptop with HDMI. Parking is at the back.',
    },
    interviewers: [aPerson('femke', { name: 'Femke de Wit' }), aPerson('arjun')],
    panel: ['femke', 'arjun'],
    earlierQuestions: [
      { question: 'Why are you leaving?', askedByInterviewerId: 'femke' },
      { question: 'Asked by someone else', askedByInterviewerId: 'other' },
    ],
    plan: [
      {
        interviewerId: 'femke',
        questions: [aQuestion('s1'), aQuestion('s2'), aQuestion()],
        asks: [anAsk('Bank one?'), anAsk('Mine?', 'mine'), anAsk('Bank two?'), anAsk('Bank 3?')],
      },
      { interviewerId: 'arjun', questions: [aQuestion('s2')], asks: [] },
    ],
    stories: [
      { id: 's1', title: 'Invoice splitting', result: 'Tickets fell 38%. Two accounts renewed.' },
      { id: 's2', title: 'Winning back ops', result: 'Rebookings fell from 70 to 25 a week.' },
    ],
    research: {
      mission: 'Make booking freight simple.',
      values: ['Shippers first', 'Own the outcome', 'Plain talk', 'A fourth value'],
      products: ['Booking portal'],
    },
    news: [
      { headline: 'Older news', publishedOn: '2026-10-01', talkingPoint: null },
      { headline: 'Undated news', publishedOn: null, talkingPoint: null },
      { headline: 'Newest news', publishedOn: '2026-11-17', talkingPoint: 'Ask about rail.' },
    ],
    promises: [
      { promise: 'Send the deck', toInterviewerId: 'femke', dueOn: '2026-11-19', kept: false },
      { promise: 'Already sent', toInterviewerId: 'femke', dueOn: null, kept: true },
      { promise: 'Send references', toInterviewerId: null, dueOn: '2026-11-30', kept: false },
    ],
    ...overrides,
  };
}

describe('composeBrief', () => {
  test('the header shows the round in the candidate’s zone with a countdown and the formats', () => {
    const { header } = composeBrief(anInput(), NOW);
    expect(header).toMatchObject({
      company: 'Larkspur Freight',
      roundNumber: 2,
      when: 'Wed 25 Nov 2026, 13:30 (Europe/Amsterdam)',
      countdown: 'in 5 days',
      formats: ['panel', 'presentation'],
    });
  });

  test('logistics give the hours, length and place, and sort the notes into whom to ask for and what to bring', () => {
    const { logistics } = composeBrief(anInput(), NOW);
    expect(logistics).toEqual({
      hours: '13:30–16:00',
      duration: '2 h 30 min',
      place: 'Wilhelminakade 300, Rotterdam',
      videoLink: null,
      askFor: 'Ask for Femke at reception.',
      bring: 'Bring a laptop with HDMI.',
      notes: ['Parking is at the back.'],
    });
  });

  test('a round without a start says so rather than inventing a time', () => {
    const brief = composeBrief(anInput({ round: { ...anInput().round, startsAt: null } }), NOW);
    expect(brief.header.when).toBeNull();
    expect(brief.header.countdown).toBeNull();
    expect(brief.logistics.hours).toBeNull();
  });

  test('each interviewer of the round comes with their audience in words, one rapport hook and what they asked before', () => {
    const [femke] = composeBrief(anInput(), NOW).interviewers;
    expect(femke).toMatchObject({
      name: 'Femke de Wit',
      audience: 'Hiring manager',
      priorities: ['Fewer failed bookings'],
      rapportHook: 'Cycles to work',
      askedLastTime: ['Why are you leaving?'],
    });
  });

  test('questions to ask put the candidate’s own first and keep three', () => {
    const [femke] = composeBrief(anInput(), NOW).interviewers;
    expect(femke?.questionsToAsk).toEqual([
      { text: 'Mine?', own: true },
      { text: 'Bank one?', own: false },
      { text: 'Bank two?', own: false },
    ]);
  });

  test('key stories are the ones the plan assigns, the most used first, with the result’s first sentence', () => {
    const { stories } = composeBrief(anInput(), NOW);
    expect(stories).toEqual([
      {
        id: 's2',
        title: 'Winning back ops',
        result: 'Rebookings fell from 70 to 25 a week.',
        for: ['Femke de Wit', 'Person arjun'],
      },
      { id: 's1', title: 'Invoice splitting', result: 'Tickets fell 38%.', for: ['Femke de Wit'] },
    ]);
  });

  test('company facts keep three values; news is newest first', () => {
    const brief = composeBrief(anInput(), NOW);
    expect(brief.company.values).toEqual(['Shippers first', 'Own the outcome', 'Plain talk']);
    expect(brief.news.map((item) => item.headline)).toEqual([
      'Newest news',
      'Older news',
      'Undated news',
    ]);
  });

  test('promises to keep are the open ones, soonest due first, flagged when overdue', () => {
    const { promises } = composeBrief(anInput(), NOW);
    expect(promises).toEqual([
      { promise: 'Send the deck', to: 'Femke de Wit', dueOn: '2026-11-19', overdue: true },
      { promise: 'Send references', to: null, dueOn: '2026-11-30', overdue: false },
    ]);
  });

  test('delivery reminders cover the panel, the pace, clarifying questions and STAR', () => {
    const text = composeBrief(anInput(), NOW)
      .reminders.map((reminder) => `${reminder.lead} ${reminder.text}`)
      .join(' ');
    expect(text).toMatch(/everyone in the room/);
    expect(text).toMatch(/150 words a minute/);
    expect(text).toMatch(/ask what they mean/);
    expect(text).toMatch(/measured result/);
  });

  test('a heavy workspace is capped: every list at its limit, every long text cut with an ellipsis', () => {
    const long = (word: string) => Array.from({ length: 200 }, () => word).join(' ');
    const ids = Array.from({ length: 9 }, (_, index) => `p${index}`);
    const input = anInput({
      interviewers: ids.map((id) =>
        aPerson(id, {
          name: long('Name'),
          priorities: Array.from({ length: 9 }, (_, index) => `${index} ${long('priority')}`),
          rapportHooks: [long('hook')],
        }),
      ),
      panel: ids,
      plan: ids.map((id, index) => ({
        interviewerId: id,
        questions: Array.from({ length: 9 }, (_, at) => aQuestion(`s${index}-${at}`)),
        asks: Array.from({ length: 9 }, (_, at) => anAsk(`${at} ${long('ask')}`)),
      })),
      research: { mission: long('mission'), values: [long('value')], products: [long('product')] },
      news: Array.from({ length: 9 }, () => ({
        headline: long('headline'),
        publishedOn: null,
        talkingPoint: long('point'),
      })),
    });
    const brief = composeBrief(input, NOW);
    expect(brief.interviewers).toHaveLength(briefLimits.interviewers);
    expect(brief.moreInterviewers).toHaveLength(3);
    expect(brief.stories).toHaveLength(briefLimits.stories);
    expect(brief.news).toHaveLength(briefLimits.news);
    const person = brief.interviewers[0]!;
    // A panel this large gets the shorter cards.
    expect(person.priorities).toHaveLength(briefLimits.crowdedPriorities);
    expect(person.questionsToAsk).toHaveLength(briefLimits.crowdedQuestionsToAsk);
    expect(person.name.length).toBeLessThanOrEqual(briefLimits.nameChars);
    expect(person.rapportHook?.endsWith('…')).toBe(true);
    expect(brief.company.mission?.length).toBeLessThanOrEqual(briefLimits.missionChars);
    expect(brief.news[0]?.talkingPoint?.length).toBeLessThanOrEqual(briefLimits.talkingPointChars);
  });

  test('people not seated in the round are left out, and no one is listed twice', () => {
    const brief = composeBrief(anInput({ panel: ['arjun', 'arjun', 'nobody'] }), NOW);
    expect(brief.interviewers.map((person) => person.id)).toEqual(['arjun']);
  });
});

describe('brief text helpers', () => {
  test('clip keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(clip('  Plain   talk ', 20)).toBe('Plain talk');
    expect(clip('Make booking freight as simple as booking a train ticket.', 30)).toBe(
      'Make booking freight as…',
    );
    expect(clip('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  test('the first sentence does not end at a decimal point or an abbreviation', () => {
    expect(firstSentence('Scores rose from 6.1 to 7.8, e.g. in sales. Then more.')).toBe(
      'Scores rose from 6.1 to 7.8, e.g. in sales.',
    );
  });

  test('the countdown counts calendar days in the round’s zone', () => {
    const zone = 'Europe/Amsterdam';
    expect(countdownTo('2026-11-21T08:00:00.000Z', 60, zone, NOW)).toBe('tomorrow');
    expect(countdownTo('2026-11-20T12:00:00.000Z', 60, zone, NOW)).toBe('today, in 3 hours');
    expect(countdownTo('2026-11-20T09:20:00.000Z', 60, zone, NOW)).toBe('in 20 minutes');
    expect(countdownTo('2026-11-20T08:30:00.000Z', 60, zone, NOW)).toBe('has started');
    expect(countdownTo('2026-11-19T08:30:00.000Z', 60, zone, NOW)).toBe('is over');
  });

  test('logistics with both cues go where the first cue points', () => {
    expect(splitLogistics('Bring your ID to reception.', 100, 2)).toEqual({
      askFor: null,
      bring: 'Bring your ID to reception.',
      notes: [],
    });
  });
});
