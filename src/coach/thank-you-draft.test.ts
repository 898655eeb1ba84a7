import { describe, expect, test } from 'vitest';
import { analyseThankYouNote } from './note-analysis.js';
import { draftThankYou, type ThankYouDraftInput } from './thank-you-draft.js';

const fit = [
  {
    need: 'Experience with pricing or payments flows',
    evidence: 'Invoice splitting for multi-stop shipments',
  },
  { need: 'Comfort with SQL and product analytics', evidence: 'SQL dashboards for support' },
];

/** A draft input for Femke, the hiring manager; tests override what they are about. */
const forFemke = (overrides: Partial<ThankYouDraftInput> = {}): ThankYouDraftInput => ({
  interviewer: { id: 'int-femke', name: 'Femke de Wit', title: 'Director of Product' },
  role: 'Senior Product Manager, Shipper Platform',
  company: 'Larkspur Freight',
  topicsDiscussed: [
    'Failed bookings at month end and how planners rebook them by hand',
    'The pricing experiments she presented at the Rotterdam logistics meetup',
  ],
  concerns: ['Whether I have enough depth on pricing'],
  promises: [
    {
      promise: 'Send Femke the one-page summary of the invoice-splitting results.',
      dueOn: '2026-11-27',
    },
  ],
  fit,
  ...overrides,
});

const forArjun = (overrides: Partial<ThankYouDraftInput> = {}): ThankYouDraftInput => ({
  interviewer: { id: 'int-arjun', name: 'Arjun Mehta', title: 'Chief Technology Officer' },
  role: 'Senior Product Manager, Shipper Platform',
  company: 'Larkspur Freight',
  topicsDiscussed: [
    'Moving the booking system off the ten-year-old monolith',
    'How product and engineering plan two-week releases',
  ],
  concerns: [],
  promises: [],
  fit,
  ...overrides,
});

const notesOf = (input: ThankYouDraftInput) =>
  [
    ...input.topicsDiscussed,
    ...input.concerns,
    ...input.promises.map((entry) => entry.promise),
  ].join('\n');
const words = (text: string) => analyseThankYouNote(text).words;

describe('a draft is composed from that person’s conversation', () => {
  test('greets them by first name and picks up the topic, concern, promise and fit', () => {
    const { body } = draftThankYou(forFemke());
    expect(body.startsWith('Dear Femke,\n\n')).toBe(true);
    expect(body).toContain('failed bookings at month end and how planners rebook them by hand');
    expect(body).toContain('whether I have enough depth on pricing');
    expect(body).toContain('invoice splitting for multi-stop shipments');
    expect(body).toContain('SQL dashboards for support');
  });

  test('a promise to the reader is written to them, with its date', () => {
    const { body } = draftThankYou(forFemke());
    expect(body).toContain(
      'I will send you the one-page summary of the invoice-splitting results by Friday 27 November.',
    );
  });

  test('a promise that does not start with what I will do is quoted as written', () => {
    const { body } = draftThankYou(
      forArjun({ promises: [{ promise: 'The architecture reading list from my last team' }] }),
    );
    expect(body).toMatch(/: the architecture reading list from my last team\./);
  });

  test('a lead-in such as “we talked about” is dropped from a topic', () => {
    const { body } = draftThankYou(
      forArjun({ topicsDiscussed: ['We talked about the first 90 days at Larkspur'] }),
    );
    expect(body).not.toContain('talked about the first');
    expect(body).toContain(' the first 90 days at Larkspur');
  });

  test('a topic written as a sentence is introduced with a colon, not bent into a phrase', () => {
    const { body } = draftThankYou(
      forArjun({ topicsDiscussed: ['She wants the portal to take rail bookings by spring'] }),
    );
    expect(body).toContain(': She wants the portal to take rail bookings by spring.');
  });

  test('names keep their capital, ordinary words lose it inside a sentence', () => {
    const { body } = draftThankYou(
      forArjun({
        topicsDiscussed: ['Rotterdam office move', 'Release planning with the team in Rotterdam'],
      }),
    );
    expect(body).toContain('Rotterdam office move');
    expect(body).toContain('release planning with the team in Rotterdam');
  });

  test('without noted topics it falls back on what the interviewer is known to care about', () => {
    const { body } = draftThankYou(
      forArjun({
        topicsDiscussed: [],
        interviewer: {
          id: 'int-arjun',
          name: 'Arjun Mehta',
          priorities: ['Platform migration without breaking shippers'],
        },
      }),
    );
    expect(body).toContain('platform migration without breaking shippers');
  });
});

describe('the wording', () => {
  test('is the same every time for the same interviewer and notes', () => {
    expect(draftThankYou(forFemke())).toEqual(draftThankYou(forFemke()));
  });

  test('varies between interviewers, chosen by their id', () => {
    const openings = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
        (id) =>
          draftThankYou(forArjun({ interviewer: { id, name: 'Arjun Mehta' } })).body.split(
            '\n\n',
          )[1],
      ),
    );
    expect(openings.size).toBeGreaterThan(1);
  });

  test('never leaves a template slot, even with no title, topics, concerns, promises or fit', () => {
    const bare = draftThankYou({
      interviewer: { id: 'x', name: 'Sanne Bakker' },
      role: 'Analyst',
      company: 'Acme',
      topicsDiscussed: [],
      concerns: [],
      promises: [],
      fit: [],
    });
    expect(`${bare.subject}\n${bare.body}`).not.toMatch(/[{}]/);
    const kinds = analyseThankYouNote(bare.body, { interviewerName: 'Sanne Bakker' }).findings.map(
      (finding) => finding.kind,
    );
    expect(kinds).not.toContain('placeholder_left');
    expect(kinds).not.toContain('missing_name');
  });

  test('stays within 200 words however much was noted', () => {
    const long = 'the way the planning desk, the sales team and finance agree each quarter on';
    const { body } = draftThankYou(
      forFemke({
        topicsDiscussed: [`${long} capacity`, `${long} pricing`, `${long} hiring`],
        concerns: [`${long} my notice period`],
        promises: [
          { promise: `Send Femke ${long} the deck` },
          { promise: `Share ${long} the roadmap` },
        ],
      }),
    );
    expect(words(body)).toBeLessThanOrEqual(200);
    expect(body).toContain('capacity');
  });

  test('signs with the sender’s name when given', () => {
    const { body } = draftThankYou(forFemke({ senderName: 'Alex Okafor' }));
    expect(body.endsWith('\nAlex Okafor')).toBe(true);
  });
});

describe('two interviewers with different notes get drafts that differ in substance', () => {
  test('the note analyser finds no placeholder, no generic note, no twin and no excess length', () => {
    const femke = draftThankYou(forFemke());
    const arjun = draftThankYou(forArjun());
    const checks = [
      { draft: femke, input: forFemke(), other: arjun },
      { draft: arjun, input: forArjun(), other: femke },
    ];
    for (const { draft, input, other } of checks) {
      const kinds = analyseThankYouNote(draft.body, {
        interviewerName: input.interviewer.name,
        conversationNotes: notesOf(input),
        otherNotes: [other.body],
      }).findings.map((finding) => finding.kind);
      expect(kinds).not.toContain('placeholder_left');
      expect(kinds).not.toContain('no_specific_reference');
      expect(kinds).not.toContain('same_as_other_note');
      expect(kinds).not.toContain('too_long');
    }
    expect(femke.body).not.toBe(arjun.body);
  });
});
