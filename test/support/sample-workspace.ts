import type { AppContext } from '../../src/app/context.js';
import { createRecord } from '../../src/app/records.js';
import type { EntityKind } from '../../src/domain/entities.js';

/**
 * Fills a workspace with one record of every kind, every optional field set, so that storage and
 * export tests see each column type (text, numbers, booleans, lists, instants, dates) with a value.
 * Returns the id of each record by kind.
 */
export async function fillWorkspace(ctx: AppContext): Promise<Record<EntityKind, string>> {
  const opportunity = await createRecord(ctx, 'opportunity', {
    company: 'Northwind Health',
    role: 'Data Engineer',
    status: 'interviewing',
    location: 'Leeds, hybrid',
    postingUrl: 'https://jobs.northwind.example/data-engineer',
    postingText: 'We need a data engineer.\n- 3+ years of Python',
    postingHtml: '<html><body><h1>Data Engineer</h1></body></html>',
    notes: 'Referred by Sam — “great team”.',
  });
  const opportunityId = opportunity.id;
  const round = await createRecord(ctx, 'round', {
    opportunityId,
    number: 2,
    startsAt: '2026-11-25T14:00:00+00:00',
    timeZone: 'Europe/London',
    durationMinutes: 90,
    formats: ['panel', 'presentation'],
    location: '1 Canal St, Leeds',
    videoLink: 'https://meet.northwind.example/abc',
    logistics: 'Ask for Ola at reception.',
    expectedDecisionOn: '2026-12-04',
    status: 'scheduled',
    notes: 'Bring the deck on a USB stick too.',
    checklistDone: ['panel-names', 'made-up-id'],
  });
  const interviewer = await createRecord(ctx, 'interviewer', {
    opportunityId,
    name: 'Priya Natarajan',
    title: 'Head of Data',
    department: 'Data',
    audienceKind: 'hiring_manager',
    email: 'priya@northwind.example',
    profileUrl: 'https://people.northwind.example/priya',
    background: 'Ten years in health analytics.',
    priorities: ['Data quality', 'Hiring'],
    rapportHooks: ['Runs marathons'],
    notes: 'Warm, asks follow-ups.',
  });
  const participation = await createRecord(ctx, 'participation', {
    roundId: round.id,
    interviewerId: interviewer.id,
    topicsDiscussed: ['Pipeline reliability'],
    concerns: ['Limited cloud experience'],
    notes: 'Liked the audit story.',
  });
  const story = await createRecord(ctx, 'story', {
    title: 'Rebuilt the nightly pipeline',
    situation: 'Reports were late.',
    task: 'Make them reliable.',
    action: 'I split the job into idempotent steps.',
    result: 'Late reports fell from 12 a month to 1.',
    reflection: 'Design for re-runs.',
    tags: ['reliability'],
    metrics: ['12 → 1 late reports a month'],
    notes: 'Best for technical interviewers.',
  });
  const debriefItem = await createRecord(ctx, 'debriefItem', {
    roundId: round.id,
    askedByInterviewerId: interviewer.id,
    storyId: story.id,
    question: 'Tell me about a failure.',
    answerSummary: 'The migration rollback.',
    selfRating: 3,
    followUpNeeded: true,
    notes: 'Ran long.',
  });
  const missedPoint = await createRecord(ctx, 'missedPoint', {
    roundId: round.id,
    interviewerId: interviewer.id,
    point: 'My dbt experience.',
    addressed: false,
  });
  const promise = await createRecord(ctx, 'promise', {
    roundId: round.id,
    toInterviewerId: interviewer.id,
    promise: 'Send the audit write-up.',
    dueOn: '2026-11-26',
    kept: true,
  });
  const feedback = await createRecord(ctx, 'feedback', {
    roundId: round.id,
    fromInterviewerId: interviewer.id,
    feedback: 'Strong on reliability; wants more on cloud.',
    tone: 'concern',
  });
  const companyResearch = await createRecord(ctx, 'companyResearch', {
    opportunityId,
    mission: 'Better care through better data.',
    values: ['Patients first'],
    products: ['Care analytics'],
    competitors: ['Acme Health'],
    culture: 'Small teams.',
    website: 'https://northwind.example',
    notes: 'Series B.',
  });
  const newsItem = await createRecord(ctx, 'newsItem', {
    opportunityId,
    headline: 'Northwind opens a Manchester office',
    publishedOn: '2026-11-15',
    source: 'Local press',
    url: 'https://news.example/northwind',
    summary: 'Forty new jobs.',
    talkingPoint: 'Ask how the data team will split.',
  });
  const evidenceItem = await createRecord(ctx, 'evidenceItem', {
    kind: 'work',
    title: 'Senior Data Engineer',
    organization: 'Contoso',
    startDate: '2022-01-01',
    endDate: '2026-10-31',
    summary: 'Owned the warehouse.',
    highlights: ['Cut load time by 60%'],
    skills: ['Python', 'SQL'],
    url: 'https://contoso.example',
  });
  const questionToAsk = await createRecord(ctx, 'questionToAsk', {
    opportunityId,
    askedInRoundId: round.id,
    question: 'What would success look like in six months?',
    category: 'role',
    targetInterviewerIds: [interviewer.id],
    answerNotes: 'A stable platform.',
  });
  const practiceAttempt = await createRecord(ctx, 'practiceAttempt', {
    opportunityId,
    roundId: round.id,
    storyId: story.id,
    question: 'Tell me about a failure.',
    mode: 'spoken',
    transcript: 'Um, so the migration…',
    durationSeconds: 83.5,
    selfRating: 4,
    recordingFile: 'recordings/attempt-1.webm',
    attemptedAt: '2026-11-20T10:00:00.000Z',
    notes: 'Better.',
    analysis: {
      words: 4,
      wordsPerMinute: 3,
      fillersPerMinute: 0.7,
      hedges: 0,
      star: { situation: true, task: false, action: false, result: false },
      resultQuantified: false,
      findings: ['missing_result', 'too_short'],
    },
    delivery: {
      speakingSeconds: 70.2,
      pauses: 12,
      longestPauseSeconds: 2.4,
      longPauses: 1,
      timeToFirstWordSeconds: 0.8,
    },
    transcriber: 'pocketsphinx',
  });
  const thankYouNote = await createRecord(ctx, 'thankYouNote', {
    roundId: round.id,
    interviewerId: interviewer.id,
    subject: 'Thank you',
    body: 'Dear Priya, …',
    dueAt: '2026-11-26T09:00:00.000Z',
    status: 'sent',
    sentAt: '2026-11-25T18:00:00.000Z',
  });
  const reflection = await createRecord(ctx, 'reflection', {
    roundId: round.id,
    preparationRating: 4,
    answersRating: 3,
    bodyLanguageRating: 4,
    connectionRating: 5,
    wentWell: 'Rapport.',
    toImprove: 'Shorter answers.',
    lessons: ['Lead with the result'],
  });
  const salaryPrep = await createRecord(ctx, 'salaryPrep', {
    opportunityId,
    currency: 'GBP',
    target: 72000,
    rangeLow: 65000,
    rangeHigh: 80000,
    walkAway: 60000.5,
    marketSources: ['Survey 2026'],
    notes: 'Private.',
  });
  const presentationPlan = await createRecord(ctx, 'presentationPlan', {
    opportunityId,
    roundId: round.id,
    topic: 'My first 90 days',
    audience: 'Panel of three',
    timeLimitMinutes: 15,
    sections: [
      { title: 'Context', plannedMinutes: 3, notes: '' },
      { title: 'Plan', plannedMinutes: 9.5, notes: 'Keep it concrete.' },
    ],
  });
  const rehearsal = await createRecord(ctx, 'rehearsal', {
    presentationPlanId: presentationPlan.id,
    timestamps: [
      '2026-11-21T18:00:00.000Z',
      '2026-11-21T18:03:10.000Z',
      '2026-11-21T18:13:00.000Z',
    ],
    notes: 'Context ran long.',
  });
  const dayPlan = await createRecord(ctx, 'dayPlan', {
    opportunityId,
    first30: ['Meet every analyst'],
    first60: ['Fix the flakiest job'],
    first90: ['Publish a reliability dashboard'],
    notes: 'Tie to posting.',
  });
  const personalWhy = await createRecord(ctx, 'personalWhy', {
    opportunityId,
    whyRole: 'I like reliability work.',
    whyCompany: 'Their care analytics mission.',
    whyNow: 'My current platform is done.',
  });
  const followUp = await createRecord(ctx, 'followUp', {
    opportunityId,
    roundId: round.id,
    kind: 'status_inquiry',
    dueOn: '2026-12-05',
    subject: 'Following up',
    body: 'Hello again…',
    status: 'planned',
    sentAt: null,
  });
  return {
    opportunity: opportunity.id,
    round: round.id,
    interviewer: interviewer.id,
    participation: participation.id,
    debriefItem: debriefItem.id,
    missedPoint: missedPoint.id,
    promise: promise.id,
    feedback: feedback.id,
    companyResearch: companyResearch.id,
    newsItem: newsItem.id,
    evidenceItem: evidenceItem.id,
    story: story.id,
    questionToAsk: questionToAsk.id,
    practiceAttempt: practiceAttempt.id,
    thankYouNote: thankYouNote.id,
    reflection: reflection.id,
    salaryPrep: salaryPrep.id,
    presentationPlan: presentationPlan.id,
    rehearsal: rehearsal.id,
    dayPlan: dayPlan.id,
    personalWhy: personalWhy.id,
    followUp: followUp.id,
  };
}
