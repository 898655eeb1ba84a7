import { describe, expect, test } from 'vitest';
import { analyseQuestionToAsk, type AskFindingKind, type AskOptions } from './ask-analysis.js';

const kinds = (question: string, options: AskOptions = {}) =>
  analyseQuestionToAsk(question, options).findings.map((finding) => finding.kind);
const findingOf = (question: string, kind: AskFindingKind, options: AskOptions = {}) =>
  analyseQuestionToAsk(question, options).findings.find((finding) => finding.kind === kind);
const evidence = (question: string, kind: AskFindingKind, options: AskOptions = {}) => {
  const finding = findingOf(question, kind, options);
  return finding ? question.slice(finding.start, finding.end) : undefined;
};

describe('the seed acceptance cases', () => {
  test('"What does the company do?" is answerable from the website and filed under company basics', () => {
    const analysis = analyseQuestionToAsk('What does the company do?');
    expect(analysis.findings.map((finding) => finding.kind)).toEqual(['answerable_by_website']);
    expect(analysis.category).toBe('company_basics');
  });

  test('a vacation question before an offer is premature', () => {
    expect(kinds('How many vacation days do new starters get?')).toContain(
      'premature_compensation',
    );
  });

  test('a salary question before an offer is premature', () => {
    expect(kinds('What is the salary range for this position?')).toContain(
      'premature_compensation',
    );
  });

  test('the product-line question with a lead-in has no findings and is about strategy or the team', () => {
    const analysis = analyseQuestionToAsk(
      'I noticed that your company recently launched a new product line. How do you see this impacting the team I would be joining?',
    );
    expect(analysis.findings).toEqual([]);
    expect(['strategy', 'team']).toContain(analysis.category);
    expect(analysis.openRephrasing).toBeUndefined();
  });
});

describe('category', () => {
  test('names the cue words that decided it', () => {
    const analysis = analyseQuestionToAsk('How do team members collaborate across time zones?');
    expect(analysis.category).toBe('team');
    expect(analysis.categoryReason).toMatch(/^mentions 'team'/);
    expect(analysis.categoryReason).toContain("'collaborate'");
  });

  test('files a question about learning and promotion under growth', () => {
    expect(
      analyseQuestionToAsk('How does the company support training and promotion from within?')
        .category,
    ).toBe('growth');
  });

  test('files a hiring-timeline question under next steps', () => {
    expect(analyseQuestionToAsk('What are the next steps in the process?').category).toBe(
      'next_steps',
    );
  });

  test('files a question about values in daily work under culture', () => {
    expect(analyseQuestionToAsk('How do your values show up in day-to-day work?').category).toBe(
      'culture',
    );
  });

  test('files any pay or benefits question under compensation', () => {
    const analysis = analyseQuestionToAsk('How does the bonus work?');
    expect(analysis.category).toBe('compensation');
    expect(analysis.categoryReason).toBe("mentions 'bonus'");
  });

  test('breaks a tie by preferring the more specific category', () => {
    // 'team' and 'culture' weigh the same; culture is the narrower topic.
    expect(analyseQuestionToAsk('What are the team and the culture like?').category).toBe(
      'culture',
    );
  });

  test('counts words in a lead-in sentence at half weight', () => {
    const analysis = analyseQuestionToAsk(
      'Your team has grown quickly. What is next on the product roadmap?',
    );
    expect(analysis.category).toBe('strategy');
  });

  test('defaults to role, and says so, when no topic word stands out', () => {
    const analysis = analyseQuestionToAsk('What would you change if you could start over?');
    expect(analysis.category).toBe('role');
    expect(analysis.categoryReason).toMatch(/no topic words/);
  });
});

describe('premature compensation', () => {
  test('is flagged by default, since a second interview usually comes before an offer', () => {
    expect(kinds('Is there a signing bonus?')).toContain('premature_compensation');
  });

  test('marks every pay or benefits word as a span', () => {
    const question = 'What does the benefits package include, and is there a pension?';
    const finding = findingOf(question, 'premature_compensation');
    expect(finding?.spans?.map((span) => question.slice(span.start, span.end))).toEqual([
      'benefits package',
      'pension',
    ]);
  });

  test.each([
    'How much paid time off do people take?',
    'Do you offer health insurance?',
    'Does the company match 401(k) contributions?',
    'Are stock options part of the package?',
    'What perks come with the job?',
  ])('recognises %s', (question) => {
    expect(kinds(question, { stage: 'before_offer' })).toContain('premature_compensation');
  });

  test('is not flagged after an offer, though the category stays compensation', () => {
    const analysis = analyseQuestionToAsk('What is the salary range?', { stage: 'after_offer' });
    expect(analysis.findings.map((finding) => finding.kind)).not.toContain(
      'premature_compensation',
    );
    expect(analysis.category).toBe('compensation');
  });

  test.each([
    'What are the benefits of pairing on code reviews?',
    'Which details should I pay attention to in the first month?',
    'How does the company approach diversity, equity and inclusion?',
    'How busy is the holiday season for the support team?',
  ])('ignores a pay word used in another sense: %s', (question) => {
    expect(kinds(question)).not.toContain('premature_compensation');
  });
});

describe('answerable by website', () => {
  test.each([
    'What does the company do?',
    'What products does the company sell?',
    'Where is Acme Corp headquartered?',
    'How many offices do you have?',
    'How many employees does the company have?',
    'Who founded the company?',
    'When was Brightline founded?',
    'What is your mission statement?',
    'What are the company’s core values?',
    'Can you tell me about the history of the company?',
  ])('flags %s', (question) => {
    expect(kinds(question)).toContain('answerable_by_website');
  });

  test('points at the sentence that asks, not at the lead-in', () => {
    const question = 'I have been reading about you. Where is the company headquartered?';
    expect(evidence(question, 'answerable_by_website')).toBe('Where is the company headquartered?');
  });

  test.each([
    'How do your values show up in day-to-day work?',
    'What is the company’s mission, and how does it shape the team’s priorities?',
    'How many people are on the team?',
    'What products would I work on first?',
    'What does the team do differently from other teams here?',
    'Where is the team based?',
  ])('does not flag a question the website cannot answer: %s', (question) => {
    expect(kinds(question)).not.toContain('answerable_by_website');
  });
});

describe('closed yes/no questions', () => {
  test('flags "Is there room for growth?" and offers the growth question instead', () => {
    const analysis = analyseQuestionToAsk('Is there room for growth?');
    expect(analysis.findings.map((finding) => finding.kind)).toEqual(['closed_yes_no']);
    expect(analysis.openRephrasing).toBe('How do people in this role usually grow here?');
  });

  test('turns "Do you like working here?" into asking what they enjoy most', () => {
    expect(analyseQuestionToAsk('Do you like working here?').openRephrasing).toBe(
      'What do you enjoy most about working here?',
    );
  });

  test.each([
    'Is the team growing?',
    'Are the goals for this year set already?',
    'Am I expected to travel?',
    'Was the role created recently?',
    'Were the last two hires internal?',
    'Do you use pair programming?',
    'Does the team meet every day?',
    'Did the last person in the role move up?',
    'Will the reporting line change?',
    'Would I join the on-call rota?',
    'Can I work from home on Fridays?',
    'Could the scope of the role widen later?',
    'Should I expect a take-home exercise?',
    'Have the priorities changed since the spring?',
    'Has the budget been approved?',
    'May I bring a portfolio next time?',
  ])('flags a question opening with an auxiliary: %s', (question) => {
    expect(kinds(question)).toContain('closed_yes_no');
  });

  test.each([
    'Can you tell me about the team?',
    'Could you walk me through a typical week?',
    'Would you describe how decisions get made?',
    'Could you explain how success is measured?',
    'Can you share an example of a recent project?',
    'Would you mind telling me how the role came about?',
    'Could I ask about the team’s priorities this quarter?',
  ])('treats a polite request for an account as open: %s', (question) => {
    const analysis = analyseQuestionToAsk(question);
    expect(analysis.findings.map((finding) => finding.kind)).not.toContain('closed_yes_no');
    expect(analysis.openRephrasing).toBeUndefined();
  });

  test('treats a question with a question word inside as open', () => {
    expect(kinds('Do you know when I might hear back?')).not.toContain('closed_yes_no');
  });

  test('treats a choice between two options as open', () => {
    expect(kinds('Is the role more hands-on or more strategic?')).not.toContain('closed_yes_no');
  });

  test('does not flag a question that starts with a question word', () => {
    expect(kinds('What does success look like in the first 90 days?')).toEqual([]);
  });

  test('finds the auxiliary after an opening phrase and keeps the phrase in the rewording', () => {
    const question = 'Given the recent launch, will the roadmap change?';
    expect(kinds(question)).toContain('closed_yes_no');
    expect(analyseQuestionToAsk(question).openRephrasing).toBe(
      'Given the recent launch, how will the roadmap change?',
    );
  });

  test('marks only the yes/no sentence and keeps the lead-in in the rewording', () => {
    const question = 'I read about the new Lisbon office. Will the team grow this year?';
    expect(evidence(question, 'closed_yes_no')).toBe('Will the team grow this year?');
    expect(analyseQuestionToAsk(question).openRephrasing).toBe(
      'I read about the new Lisbon office. How will the team grow this year?',
    );
  });

  test.each([
    ['Does the team use Scrum?', 'How does the team use Scrum?'],
    ['Is the team collaborative?', 'How collaborative is the team?'],
    ['Are there any plans to expand?', 'What plans are there to expand?'],
    ['Does the team have a budget for training?', 'What budget does the team have for training?'],
    ['Has the team changed recently?', 'How has the team changed recently?'],
    ['Is there much overtime?', 'How much overtime is there?'],
    ['Do you offer flexible hours?', 'How does the company approach flexible hours?'],
    ['Is there a dress code?', 'What can you tell me about the dress code?'],
    ['Do you enjoy the culture?', 'What do you enjoy most about the culture?'],
    ['Do you think the team will double?', 'What is your view on whether the team will double?'],
    [
      'Do you have any concerns about my candidacy?',
      'What concerns, if any, do you have about my fit for this role?',
    ],
    [
      'Is there anything else you’d like to know about me?',
      'What else would you like to know about me?',
    ],
    ['Will I hear back this week?', 'What are the next steps, and when might I hear back?'],
    ['Is there a lot of travel?', 'How much travel does the role involve?'],
  ])('rewords %s as %s', (question, open) => {
    expect(analyseQuestionToAsk(question).openRephrasing).toBe(open);
  });

  test.each([
    'Is the team collaborative?',
    'Are there any plans to expand?',
    'Is there a dress code?',
    'Was the role created recently?',
    'Is that right?',
    'Should I expect a take-home exercise?',
  ])('gives a rewording of %s that is itself open', (question) => {
    const open = analyseQuestionToAsk(question).openRephrasing;
    expect(open).toBeDefined();
    expect(kinds(open!)).not.toContain('closed_yes_no');
  });
});

describe('repeats of round 1', () => {
  const roundOne = [
    'What are the biggest challenges facing the team?',
    'How would you describe the management style here?',
  ];

  test('flags a paraphrase of a round-1 question and names it', () => {
    const finding = findingOf(
      'What are the main obstacles for the group right now?',
      'repeats_round_one',
      { roundOneQuestions: roundOne },
    );
    expect(finding?.message).toContain('“What are the biggest challenges facing the team?”');
  });

  test('takes the whole question as evidence', () => {
    const question = 'What is your management style like?';
    expect(evidence(question, 'repeats_round_one', { roundOneQuestions: roundOne })).toBe(question);
  });

  test('shows the threshold it compared against', () => {
    const finding = findingOf('What is your management style like?', 'repeats_round_one', {
      roundOneQuestions: roundOne,
    });
    expect(finding?.threshold?.name).toBe('questionRepeatSimilarity');
  });

  test('does not flag a question on a new topic', () => {
    expect(
      kinds('How will my performance be measured in the first year?', {
        roundOneQuestions: roundOne,
      }),
    ).not.toContain('repeats_round_one');
  });

  test('does not flag a question that shares only one word with a longer round-1 question', () => {
    expect(
      kinds('How does the team celebrate wins?', {
        roundOneQuestions: ['What are the biggest challenges facing the team this year?'],
      }),
    ).not.toContain('repeats_round_one');
  });

  test('is not checked without round-1 questions', () => {
    expect(kinds('What are the biggest challenges facing the team?')).not.toContain(
      'repeats_round_one',
    );
  });
});

describe('as a pure function', () => {
  test('gives the same result for the same question', () => {
    const question = 'Is there room for growth, and is there a bonus?';
    expect(analyseQuestionToAsk(question)).toEqual(analyseQuestionToAsk(question));
  });

  test('refuses a text longer than the analysers accept', () => {
    expect(() => analyseQuestionToAsk('a'.repeat(100_001))).toThrow(RangeError);
  });
});
