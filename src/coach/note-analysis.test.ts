import { describe, expect, test } from 'vitest';
import { analyseThankYouNote, type NoteFindingKind, type NoteOptions } from './note-analysis.js';

const kinds = (body: string, options: NoteOptions = {}) =>
  analyseThankYouNote(body, options).findings.map((finding) => finding.kind);
const findingOf = (body: string, kind: NoteFindingKind, options: NoteOptions = {}) =>
  analyseThankYouNote(body, options).findings.find((finding) => finding.kind === kind);
const spansOf = (body: string, kind: NoteFindingKind, options: NoteOptions = {}) =>
  (findingOf(body, kind, options)?.spans ?? []).map((span) => body.slice(span.start, span.end));

/** A note built from parts, so each test changes only what it is about. */
function aNote({
  greeting = 'Dear Priya,',
  middle = 'Thank you for showing me how the support team triages tickets before the Monday stand-up. The idea of tagging refund requests separately so they never wait behind bug reports has stayed with me, and it is close to what I did with our billing queue last year.',
  close = 'I would be glad to help the team get through the spring release.',
  signOff = 'Best regards,\nAlex Okafor',
} = {}): string {
  return [greeting, middle, close, signOff].filter((part) => part !== '').join('\n\n');
}

const conversationNotes =
  'Priya: support triage before Monday stand-up; refund requests tagged separately; spring release is the big push';

describe('a good note', () => {
  test('has no findings with every check switched on', () => {
    const body = aNote();
    expect(
      kinds(body, {
        interviewerName: 'Priya Raman',
        conversationNotes,
        otherNotes: [
          'Dear Tom,\n\nThank you for walking me through the data warehouse and the plan to retire the nightly exports. Your point about keeping dashboards few and trusted was a good one.\n\nBest,\nAlex',
        ],
        interviewEndedAt: '2026-11-24T15:00:00Z',
        sentAt: '2026-11-24T20:30:00Z',
        isCorrectlySpelled: () => true,
      }),
    ).toEqual([]);
  });

  test('counts words as a word processor does, with possessives and hyphenated words as one', () => {
    expect(analyseThankYouNote('Thank you for the team’s follow-up call.').words).toBe(7);
  });
});

describe('placeholders left in', () => {
  test('flags a bracketed template field as a problem and points at it', () => {
    const body = aNote({ close: 'I would love to join [Company Name].' });
    const finding = findingOf(body, 'placeholder_left');
    expect(finding?.severity).toBe('problem');
    expect(body.slice(finding!.start, finding!.end)).toBe('[Company Name]');
  });

  test('marks every kind of gap as its own span', () => {
    const body =
      'Dear <name>,\n\nThank you for the chat about the {role} opening at XXX. I enjoyed ___ and [insert project here].\n\nBest,\nAlex';
    expect(spansOf(body, 'placeholder_left')).toEqual([
      '<name>',
      '{role}',
      'XXX',
      '___',
      '[insert project here]',
    ]);
  });

  test('flags a fill-in left in parentheses', () => {
    const body = aNote({ signOff: 'Best regards,\n(your name)' });
    expect(spansOf(body, 'placeholder_left')).toEqual(['(your name)']);
  });

  test('does not take an e-mail address in angle brackets for a gap', () => {
    const body = aNote({ signOff: 'Best regards,\nAlex Okafor <alex@example.com>' });
    expect(kinds(body)).not.toContain('placeholder_left');
  });

  test('does not flag an ordinary aside in parentheses', () => {
    const body = aNote({
      close: 'The spring release (the big one) sounds like a good first test.',
    });
    expect(kinds(body)).not.toContain('placeholder_left');
  });
});

describe('nothing specific to the conversation', () => {
  const generic =
    'Dear Priya,\n\nThank you for taking the time to interview me for the position. I enjoyed our conversation and learning more about the role, the team and the company. I am very excited about the opportunity and look forward to hearing from you.\n\nBest regards,\nAlex';

  test('flags a note that shares nothing with the conversation notes, and suggests a topic from them', () => {
    const finding = findingOf(generic, 'no_specific_reference', { conversationNotes });
    expect(finding?.message).toMatch(/conversation notes/);
    expect(finding?.advice).toMatch(/“(?:support|triage|refund|Monday|spring)/i);
  });

  test('does not count generic words the note shares with the notes (role, team, company)', () => {
    expect(
      kinds(generic, { conversationNotes: 'Talked about the role and the team; data migration' }),
    ).toContain('no_specific_reference');
  });

  test('does not count the reader’s name as a shared topic', () => {
    const body = generic.replace('Thank you for', 'Thank you, Priya, for');
    expect(kinds(body, { conversationNotes: 'Priya: data migration, March cut-over' })).toContain(
      'no_specific_reference',
    );
  });

  test('accepts a note that picks up one topic from the notes', () => {
    expect(kinds(aNote(), { conversationNotes })).not.toContain('no_specific_reference');
  });

  test('accepts a related word form ("migration" for "migrate")', () => {
    const body = aNote({ middle: 'I enjoyed hearing how the migration will be staged.' });
    expect(
      kinds(body, { conversationNotes: 'They will migrate everything in March' }),
    ).not.toContain('no_specific_reference');
  });

  test('one shared word is not enough when the notes cover several topics', () => {
    const body = aNote({
      middle:
        'I enjoyed hearing about the new till system in the northern stores and the weekend training plan.',
    });
    const notes =
      'Stock-loss figures in city-centre stores; security tagging trial; working with police liaison officers.';
    expect(kinds(body, { conversationNotes: notes })).toContain('no_specific_reference');
  });

  test('without notes, flags a note made only of thank-you phrases', () => {
    const finding = findingOf(generic, 'no_specific_reference');
    expect(finding?.threshold?.name).toBe('noteMinimumSpecificWords');
  });

  test('without notes, accepts a note that names things from the conversation', () => {
    expect(kinds(aNote())).not.toContain('no_specific_reference');
  });
});

describe('the same note to two people', () => {
  const forPriya = aNote();
  const forTom = forPriya.replace('Dear Priya,', 'Hi Tom,');

  test('flags a note that differs from another only in the name', () => {
    const finding = findingOf(forPriya, 'same_as_other_note', { otherNotes: [forTom] });
    expect(finding?.severity).toBe('problem');
    expect(finding?.message).toMatch(/100%/);
    expect(finding?.threshold?.name).toBe('noteSimilarity');
  });

  test('ignores a name used inside the text when comparing', () => {
    const withName = forPriya.replace('Thank you for', 'Thank you, Priya, for');
    const withOther = forTom.replace('Thank you for', 'Thank you, Tom, for');
    expect(kinds(withName, { otherNotes: [withOther] })).toContain('same_as_other_note');
  });

  test('does not flag notes written about different conversations', () => {
    const other =
      'Dear Tom,\n\nThank you for walking me through the data warehouse and the plan to retire the nightly exports. Your point about keeping dashboards few and trusted was a good one.\n\nBest,\nAlex';
    expect(kinds(forPriya, { otherNotes: [other] })).not.toContain('same_as_other_note');
  });
});

describe('length', () => {
  const ofWords = (count: number) =>
    `Dear Priya,\n\n${Array.from({ length: count - 2 }, (_, index) => `word${index}`).join(' ')}`;

  test('flags a note over the maximum, with the count and the threshold', () => {
    const finding = findingOf(ofWords(201), 'too_long');
    expect(finding?.message).toContain('201 words');
    expect(finding?.threshold?.name).toBe('noteMaximumWords');
  });

  test('accepts a note of exactly the maximum', () => {
    expect(kinds(ofWords(200))).not.toContain('too_long');
  });
});

describe('the reader’s name', () => {
  test('flags a note that uses neither the first nor the last name', () => {
    const body = aNote({ greeting: 'Hello,' });
    const finding = findingOf(body, 'missing_name', { interviewerName: 'Priya Raman' });
    expect(finding?.message).toContain('Priya Raman');
    expect(body.slice(finding!.start, finding!.end)).toBe('Hello,');
  });

  test('accepts the last name with a title', () => {
    expect(
      kinds(aNote({ greeting: 'Dear Ms Raman,' }), { interviewerName: 'Priya Raman' }),
    ).not.toContain('missing_name');
  });

  test('accepts the name in a possessive', () => {
    const body = aNote({
      greeting: 'Hello,',
      close: 'Priya’s point about the spring release stayed with me.',
    });
    expect(kinds(body, { interviewerName: 'Priya Raman' })).not.toContain('missing_name');
  });

  test('accepts a name with accents written with them', () => {
    expect(
      kinds(aNote({ greeting: 'Querida… Dear José,' }), { interviewerName: 'José Álvarez' }),
    ).not.toContain('missing_name');
  });

  test('accepts a hyphenated, apostrophed surname however the apostrophe is typed', () => {
    expect(
      kinds(aNote({ greeting: "Dear Dr O'Brien-Núñez," }), {
        interviewerName: 'Dr. Siobhán O’Brien-Núñez',
      }),
    ).not.toContain('missing_name');
  });

  test('points out a name written without its accents', () => {
    const finding = findingOf(aNote({ greeting: 'Dear Jose,' }), 'missing_name', {
      interviewerName: 'José Álvarez',
    });
    expect(finding?.message).toMatch(/accents/);
  });

  test('treats a blank name as no name given', () => {
    expect(kinds(aNote({ greeting: 'Dear Hiring Manager,' }), { interviewerName: '  ' })).toContain(
      'missing_name',
    );
  });

  test('without a name given, flags a greeting to a role rather than a person', () => {
    expect(kinds(aNote({ greeting: 'Dear Hiring Manager,' }))).toContain('missing_name');
  });

  test('without a name given, flags a bare greeting', () => {
    expect(kinds(aNote({ greeting: 'Hi,' }))).toContain('missing_name');
  });

  test('without a name given, accepts a greeting with a name', () => {
    expect(kinds(aNote({ greeting: 'Dear Priya,' }))).not.toContain('missing_name');
  });

  test('without a name given, accepts a note that opens by thanking the person by name', () => {
    const body = aNote({ greeting: '', middle: `Thank you, Priya, ${aNote().split('\n\n')[1]}` });
    expect(kinds(body)).not.toContain('missing_name');
  });

  test('leaves a name placeholder in the greeting to the placeholder finding', () => {
    const found = kinds(aNote({ greeting: 'Dear [Name],' }), { interviewerName: 'Priya Raman' });
    expect(found).toContain('placeholder_left');
    expect(found).not.toContain('missing_name');
  });
});

describe('spelling', () => {
  const misspelled = new Set(['recieve', 'definately', 'oppertunity', 'okafor', 'raman', 'acme']);
  const isCorrectlySpelled = (word: string) => !misspelled.has(word.toLowerCase());
  const rejectsAll = () => false;

  test('is not checked without a dictionary', () => {
    const body = aNote({ close: 'I definately look forward to it.' });
    expect(kinds(body)).not.toContain('spelling');
  });

  test('marks each misspelled word as a span', () => {
    const body = aNote({ close: 'I definately hope to recieve good news about this oppertunity.' });
    expect(spansOf(body, 'spelling', { isCorrectlySpelled })).toEqual([
      'definately',
      'recieve',
      'oppertunity',
    ]);
  });

  test('checks a capitalised word that opens a sentence', () => {
    const body = aNote({ close: 'Definately a team I would like to join.' });
    expect(spansOf(body, 'spelling', { isCorrectlySpelled })).toEqual(['Definately']);
  });

  test('skips known words, names mid-sentence, acronyms, words with digits, links and the signature', () => {
    const body =
      'Dear Priya,\n\nI liked how Acme uses OKRs, the Q3 plan and zendesk. More at https://example.com/triage or mail alex@example.com.\n\nBest,\nAlex Okafor';
    const flagged = spansOf(body, 'spelling', {
      isCorrectlySpelled: (word) =>
        !['acme', 'okrs', 'q3', 'zendesk', 'okafor', 'example', 'com', 'triage', 'alex'].includes(
          word.toLowerCase(),
        ),
      knownWords: ['Zendesk'],
    });
    expect(flagged).toEqual([]);
  });

  test('does not check a name that follows a title with a full stop', () => {
    const body = aNote({ close: 'Please pass my thanks to Dr. Okafor as well.' });
    expect(kinds(body, { isCorrectlySpelled })).not.toContain('spelling');
  });

  test('checks the greeting and closing words but not the names beside them', () => {
    const body = 'Dear Priya,\n\nGreat chat.\n\nBest,\nAlex';
    expect(spansOf(body, 'spelling', { isCorrectlySpelled: rejectsAll })).toEqual([
      'Dear',
      'Great',
      'chat',
      'Best',
    ]);
  });
});

describe('lateness', () => {
  const ended = '2026-11-24T15:00:00Z';

  test('flags a note sent 30 hours after the interview, saying by how much it is late', () => {
    const finding = findingOf(aNote(), 'late', {
      interviewEndedAt: ended,
      sentAt: '2026-11-25T21:00:00Z',
    });
    expect(finding?.message).toBe(
      'Sent 30 hours after the interview ended: 6 hours past the 24-hour mark.',
    );
    expect(finding?.threshold?.name).toBe('noteDueHours');
  });

  test('accepts a note sent within 24 hours', () => {
    expect(
      kinds(aNote(), { interviewEndedAt: ended, sentAt: '2026-11-25T14:00:00Z' }),
    ).not.toContain('late');
  });

  test('compares instants across time-zone offsets', () => {
    expect(
      kinds(aNote(), { interviewEndedAt: ended, sentAt: '2026-11-25T09:00:00-05:00' }),
    ).not.toContain('late');
  });

  test('is not judged without both times', () => {
    expect(kinds(aNote(), { interviewEndedAt: ended })).not.toContain('late');
  });

  test('is not judged when a time cannot be read', () => {
    expect(kinds(aNote(), { interviewEndedAt: ended, sentAt: 'next Tuesday' })).not.toContain(
      'late',
    );
  });
});

describe('as a pure function', () => {
  test('gives the same result for the same note', () => {
    const body = aNote({ greeting: 'Dear Hiring Manager,' });
    expect(analyseThankYouNote(body)).toEqual(analyseThankYouNote(body));
  });

  test('refuses a text longer than the analysers accept', () => {
    expect(() => analyseThankYouNote('a'.repeat(100_001))).toThrow(RangeError);
  });
});

describe('lateness against the note’s own deadline', () => {
  test('a note sent on Monday morning for a Friday interview is on time when Monday 09:00 is its deadline', () => {
    const findings = analyseThankYouNote(
      'Dear Priya,\nThank you for the talk about the data platform migration.\nBest,\nSam',
      {
        interviewEndedAt: '2026-11-20T16:00:00.000Z',
        sentAt: '2026-11-23T08:30:00.000Z',
        dueAt: '2026-11-23T09:00:00.000Z',
      },
    ).findings;
    expect(findings.map((finding) => finding.kind)).not.toContain('late');
  });

  test('a note sent after its deadline is late', () => {
    const findings = analyseThankYouNote(
      'Dear Priya,\nThank you for the talk about the data platform migration.\nBest,\nSam',
      {
        sentAt: '2026-11-23T12:00:00.000Z',
        dueAt: '2026-11-23T09:00:00.000Z',
      },
    ).findings;
    expect(findings.find((finding) => finding.kind === 'late')?.message).toBe(
      'Sent 3 hours after its deadline.',
    );
  });
});
