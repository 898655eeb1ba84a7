import { describe, expect, test } from 'vitest';
import { analyseAnswer, type AnswerFindingKind } from './answer-analysis.js';

const kinds = (text: string, options = {}) =>
  analyseAnswer(text, options).findings.map((finding) => finding.kind);
const evidence = (text: string, kind: AnswerFindingKind) => {
  const finding = analyseAnswer(text).findings.find((candidate) => candidate.kind === kind);
  return finding ? text.slice(finding.start, finding.end) : undefined;
};

/** A complete answer in free prose, about 160 words (a little over a minute spoken). */
const strongAnswer = [
  'Last spring I was the evening supervisor at a busy urgent-care clinic, and patients were waiting over an hour to be seen.',
  'I was asked to bring the wait under thirty minutes without adding staff.',
  'I timed every step of the intake for two weeks and found that triage notes were being typed twice.',
  'I worked with the two charge nurses to move triage onto tablets and I rewrote the handover checklist so the doctor saw the notes before walking in.',
  'I also ran three short training sessions so every nurse on the evening rota knew the new flow, and I checked in with each of them during the first week.',
  'As a result, the average wait fell from 68 to 24 minutes within two months, and complaints about waiting dropped by half.',
  'I learned that the people doing the work usually know where the time goes; now I always start by asking them.',
].join(' ');

describe('STAR parts', () => {
  test('finds every part of a complete answer written as free prose, with the sentences that carry them', () => {
    const analysis = analyseAnswer(strongAnswer);
    expect(analysis.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(analysis.reflection).toBe(true);
    const [result] = analysis.parts.result;
    expect(strongAnswer.slice(result!.start, result!.end)).toMatch(
      /^As a result, the average wait fell/,
    );
    expect(analysis.findings.filter((finding) => finding.kind.startsWith('missing_'))).toEqual([]);
  });

  test('reports a missing result, about the whole answer', () => {
    const answer =
      'Our support queue was growing every week. I rewrote the triage rules and trained the team on them.';
    const missing = analyseAnswer(answer).findings.find(
      (finding) => finding.kind === 'missing_result',
    );
    expect(missing).toMatchObject({ severity: 'problem', start: 0, end: answer.length });
  });

  test('reads "Situation:" style labels when the candidate writes them', () => {
    const answer =
      'Situation: the warehouse missed pick targets. Task: fix it in a month. Action: I re-slotted the fast movers. Result: picks per hour rose 22%.';
    expect(analyseAnswer(answer).star).toEqual({
      situation: true,
      task: true,
      action: true,
      result: true,
    });
  });

  test('skips the STAR checks for a question that does not ask for a story', () => {
    expect(
      kinds('I want this role because it combines research with teaching.', {
        question: 'Why do you want this job?',
      }),
    ).not.toContain('missing_result');
    expect(kinds('I want this role.', { question: 'Tell me about a time you failed.' })).toContain(
      'missing_result',
    );
  });
});

describe('measured results', () => {
  test('a percentage, an amount or a before-and-after in the result counts', () => {
    for (const result of [
      'Churn fell from 9% to 6% by the end of the year.',
      'That saved the company about $40,000 a year.',
      'The store ranked 2nd of 40 in the region that quarter.',
      'Wait times halved within a month.',
    ]) {
      expect(
        analyseAnswer(
          `Sales were slipping at my branch. I retrained the team on follow-up calls. ${result}`,
        ).resultQuantified,
        result,
      ).toBe(true);
    }
  });

  test('numbers that only set the scene or a deadline do not count', () => {
    const answer =
      'In 2021 I joined a team of 5 analysts. We had 3 weeks to rebuild the report. I rewrote the queries myself. In the end the client was happy.';
    const analysis = analyseAnswer(answer);
    expect(analysis.star.result).toBe(true);
    expect(analysis.resultQuantified).toBe(false);
    expect(evidence(answer, 'result_not_quantified')).toBe('In the end the client was happy.');
  });
});

describe('ownership and tone', () => {
  test('an answer where only "we" act is flagged, pointing at the first such action', () => {
    const answer =
      'The launch was slipping. We reorganised the sprints and we cut scope. We shipped on time.';
    expect(kinds(answer)).toContain('unclear_ownership');
    expect(evidence(answer, 'unclear_ownership')).toBe(
      'We reorganised the sprints and we cut scope.',
    );
  });

  test('actions in the passive voice hide the candidate as much as "we" does', () => {
    const answer =
      'Staff turnover had reached 30% a year. A review of exit interviews was carried out. A buddy scheme was then introduced. Turnover fell to 18%.';
    expect(kinds(answer)).toContain('unclear_ownership');
  });

  test('a vague stand-in for the actions ("I dealt with it") does not count as an action', () => {
    const answer =
      'A supplier sent the same invoice twice. My job was to make sure we paid once. I dealt with it and it got sorted. We avoided paying £64,000 twice.';
    expect(analyseAnswer(answer).star.action).toBe(false);
  });

  test('what the candidate would do, or usually does, is not a story of what they did', () => {
    expect(
      analyseAnswer(
        'If a customer complained, I would listen carefully and then I would apologise.',
      ).star.action,
    ).toBe(false);
    expect(
      analyseAnswer('I always make a to-do list and I prioritise what is urgent.').star.action,
    ).toBe(false);
  });

  test('"I single-handedly turned that project around" is boastful', () => {
    const answer = 'I single-handedly turned that project around.';
    expect(evidence(answer, 'boastful')).toBe('single-handedly');
  });

  test('putting a teammate down to look better is boastful', () => {
    expect(kinds('My model beat my teammate’s model by a mile, so we used mine.')).toContain(
      'boastful',
    );
  });

  test('"My last boss was terrible, and I couldn\'t stand working there" is negative about an employer', () => {
    const answer = "My last boss was terrible, and I couldn't stand working there.";
    expect(kinds(answer)).toContain('negative_about_employer');
    expect(evidence(answer, 'negative_about_employer')).toBe('terrible');
  });

  test('a hard problem described neutrally is not negativity', () => {
    expect(
      kinds(
        'Our biggest client was unhappy with late deliveries, so I set up weekly calls with them.',
      ),
    ).not.toContain('negative_about_employer');
  });
});

describe('hedges and fillers', () => {
  test('several softeners in a short answer are hedging, each located', () => {
    const answer = 'I think maybe I sort of led the migration, I guess, and it probably went fine.';
    const finding = analyseAnswer(answer).findings.find(
      (candidate) => candidate.kind === 'hedging',
    );
    expect(finding?.spans?.map((span) => answer.slice(span.start, span.end))).toEqual([
      'I think maybe',
      'sort of',
      'I guess',
      'probably',
    ]);
    expect(finding?.threshold?.source).toBeTruthy();
  });

  test('"what kind of" is not a hedge', () => {
    expect(
      analyseAnswer(
        'I asked what kind of support the team needed, and what sort of reports they used.',
      ).hedges,
    ).toBe(0);
  });

  test('fillers in a spoken answer are counted per minute of the real duration', () => {
    const transcript =
      'Um, so, like, I basically called every client, you know, and uh, um, we kept nine of ten.';
    const analysis = analyseAnswer(transcript, { seconds: 30 });
    expect(analysis.fillers.count).toBe(6);
    expect(analysis.fillers.perMinute).toBe(12);
    expect(analysis.findings.find((finding) => finding.kind === 'filler_words')?.severity).toBe(
      'problem',
    );
  });

  test('"like" as a verb is not a filler', () => {
    expect(
      analyseAnswer('I like working with data and I would like to grow here.').fillers.count,
    ).toBe(0);
  });
});

describe('length and pace', () => {
  test('estimates speaking time at 150 words a minute and lights the Toastmasters cards', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(analyseAnswer(words(150))).toMatchObject({
      words: 150,
      estimatedSeconds: 60,
      timing: { light: 'green' },
    });
    expect(analyseAnswer(words(250)).timing.light).toBe('amber');
    expect(kinds(words(320))).toContain('too_long');
    expect(kinds(words(100))).toContain('too_short');
  });

  test('with a real duration it reports words per minute and flags a rush or a crawl', () => {
    const answer = Array.from({ length: 200 }, () => 'word').join(' ');
    expect(analyseAnswer(answer, { seconds: 50 }).wordsPerMinute).toBe(240);
    expect(kinds(answer, { seconds: 50 })).toContain('pace_too_fast');
    expect(kinds(answer, { seconds: 120 })).toContain('pace_too_slow');
    expect(kinds(answer, { seconds: 80 })).not.toContain('pace_too_fast');
  });

  test('every finding has a message, advice and a span inside the text', () => {
    for (const text of [
      strongAnswer,
      'We did it.',
      'Um, my boss was awful, I guess, and I single-handedly fixed it.',
    ]) {
      for (const finding of analyseAnswer(text).findings) {
        expect(finding.message.length).toBeGreaterThan(10);
        expect(finding.advice.length).toBeGreaterThan(10);
        expect(
          0 <= finding.start && finding.start <= finding.end && finding.end <= text.length,
        ).toBe(true);
      }
    }
  });
});
