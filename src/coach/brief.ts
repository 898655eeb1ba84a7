/** Composes the day-of brief: one page of what the candidate needs on the day, nothing private. */
import {
  briefAudienceWords,
  briefFormatWords,
  briefReminders,
} from '../content/brief-reminders.js';
import type { Brief, BriefInterviewer } from '../domain/brief.js';
import type { CandidatePromise, DebriefItem } from '../domain/debrief.js';
import type { Interviewer } from '../domain/interviewer.js';
import { formatInZone } from '../domain/local-time.js';
import type { Opportunity } from '../domain/opportunity.js';
import type { CompanyResearch, NewsItem } from '../domain/research.js';
import type { Round } from '../domain/round.js';
import type { Story } from '../domain/story.js';
import { splitLogistics } from './brief-logistics.js';
import {
  clip,
  clipOrNull,
  countdownTo,
  durationInWords,
  firstSentence,
  hoursInZone,
  todayIn,
} from './brief-text.js';
import type { InterviewerPlan } from './plan-types.js';

/**
 * How much of each part the brief keeps (items, or characters per text), so that it prints on
 * one page, two at most. Measured with the PDF renderer (src/io/brief-pdf.test.ts): the example
 * takes one page; every list full and every text at its limit takes two, at 9 pt. A panel of more
 * than `crowdedPanel` people gets shorter cards (the `crowded*` counts).
 */
export const briefLimits = {
  interviewers: 6,
  crowdedPanel: 4,
  priorities: 3,
  crowdedPriorities: 2,
  priorityChars: 60,
  hookChars: 80,
  askedLastTime: 2,
  crowdedAskedLastTime: 1,
  askedChars: 90,
  questionsToAsk: 3,
  crowdedQuestionsToAsk: 2,
  questionChars: 100,
  stories: 6,
  storyTitleChars: 70,
  storyResultChars: 130,
  storyFor: 3,
  missionChars: 140,
  values: 3,
  products: 4,
  listItemChars: 40,
  news: 3,
  headlineChars: 80,
  talkingPointChars: 110,
  promises: 4,
  promiseChars: 100,
  logisticsChars: 120,
  logisticsNotes: 2,
  companyChars: 80,
  roleChars: 110,
  nameChars: 50,
  titleChars: 60,
} as const;

const limits = briefLimits;

export interface BriefInput {
  readonly opportunity: Pick<Opportunity, 'company' | 'role'>;
  readonly round: Pick<
    Round,
    | 'number'
    | 'startsAt'
    | 'timeZone'
    | 'durationMinutes'
    | 'formats'
    | 'location'
    | 'videoLink'
    | 'logistics'
  >;
  /** The opportunity's interviewers. */
  readonly interviewers: readonly Pick<
    Interviewer,
    'id' | 'name' | 'title' | 'audienceKind' | 'priorities' | 'rapportHooks'
  >[];
  /** Ids of the interviewers who sit in this round, in order. */
  readonly panel: readonly string[];
  /** Questions asked in earlier rounds, the latest round first. */
  readonly earlierQuestions: readonly Pick<DebriefItem, 'question' | 'askedByInterviewerId'>[];
  /** The round plan per interviewer (likely questions with stories, questions to ask). */
  readonly plan: readonly Pick<InterviewerPlan, 'interviewerId' | 'questions' | 'asks'>[];
  readonly stories: readonly Pick<Story, 'id' | 'title' | 'result'>[];
  readonly research: Pick<CompanyResearch, 'mission' | 'values' | 'products'> | null;
  readonly news: readonly Pick<NewsItem, 'headline' | 'publishedOn' | 'talkingPoint'>[];
  readonly promises: readonly Pick<
    CandidatePromise,
    'promise' | 'toInterviewerId' | 'dueOn' | 'kept'
  >[];
}

/** Assumed length of a round without one, for its end time and "is over". */
const DEFAULT_MINUTES = 60;

const unique = (texts: readonly string[]) => [...new Set(texts)];
const clipAll = (texts: readonly string[], count: number, max: number) =>
  unique(texts.map((entry) => clip(entry, max)).filter((entry) => entry !== '')).slice(0, count);

function header(input: BriefInput, now: Date): Brief['header'] {
  const { round, opportunity } = input;
  return {
    company: clip(opportunity.company, limits.companyChars),
    role: clip(opportunity.role, limits.roleChars),
    roundNumber: round.number ?? 1,
    startsAt: round.startsAt,
    timeZone: round.timeZone,
    when: round.startsAt ? formatInZone(round.startsAt, round.timeZone) : null,
    countdown: round.startsAt
      ? countdownTo(round.startsAt, round.durationMinutes ?? DEFAULT_MINUTES, round.timeZone, now)
      : null,
    formats: round.formats.map((format) => briefFormatWords[format]),
  };
}

function logistics(input: BriefInput): Brief['logistics'] {
  const { round } = input;
  const parts = splitLogistics(round.logistics, limits.logisticsChars, limits.logisticsNotes);
  return {
    hours: round.startsAt
      ? hoursInZone(round.startsAt, round.durationMinutes ?? DEFAULT_MINUTES, round.timeZone)
      : null,
    duration: round.durationMinutes ? durationInWords(round.durationMinutes) : null,
    place: clipOrNull(round.location, limits.logisticsChars),
    videoLink: round.videoLink,
    askFor: parts.askFor,
    bring: parts.bring,
    notes: [...parts.notes],
  };
}

function interviewerOf(
  person: BriefInput['interviewers'][number],
  input: BriefInput,
  crowded: boolean,
): BriefInterviewer {
  const plan = input.plan.find((entry) => entry.interviewerId === person.id);
  const asks = [...(plan?.asks ?? [])].sort(
    (a, b) => Number(b.origin === 'mine') - Number(a.origin === 'mine'),
  );
  return {
    id: person.id,
    name: clip(person.name, limits.nameChars),
    title: clipOrNull(person.title, limits.titleChars),
    audience: person.audienceKind ? briefAudienceWords[person.audienceKind] : null,
    priorities: clipAll(
      person.priorities,
      crowded ? limits.crowdedPriorities : limits.priorities,
      limits.priorityChars,
    ),
    rapportHook: clipOrNull(person.rapportHooks[0], limits.hookChars),
    askedLastTime: clipAll(
      input.earlierQuestions
        .filter((item) => item.askedByInterviewerId === person.id)
        .map((item) => item.question),
      crowded ? limits.crowdedAskedLastTime : limits.askedLastTime,
      limits.askedChars,
    ),
    questionsToAsk: asks
      .slice(0, crowded ? limits.crowdedQuestionsToAsk : limits.questionsToAsk)
      .map((ask) => ({ text: clip(ask.text, limits.questionChars), own: ask.origin === 'mine' })),
  };
}

/** The stories the plan assigns, the most used first, one line each. */
function keyStories(input: BriefInput): Brief['stories'] {
  const nameOf = new Map(input.interviewers.map((person) => [person.id, person.name]));
  const uses = new Map<string, { title: string; count: number; for: string[] }>();
  for (const plan of input.plan) {
    for (const question of plan.questions) {
      if (!question.story) continue;
      const entry = uses.get(question.story.storyId) ?? {
        title: question.story.title,
        count: 0,
        for: [],
      };
      entry.count += 1;
      const name = nameOf.get(plan.interviewerId);
      if (name && !entry.for.includes(name)) entry.for.push(name);
      uses.set(question.story.storyId, entry);
    }
  }
  // A stable sort keeps the plan's order among stories used equally often.
  return [...uses.entries()]
    .sort(([, a], [, b]) => b.count - a.count)
    .slice(0, limits.stories)
    .map(([id, use]) => {
      const story = input.stories.find((candidate) => candidate.id === id);
      return {
        id,
        title: clip(story?.title ?? use.title, limits.storyTitleChars),
        result: clipOrNull(firstSentence(story?.result ?? ''), limits.storyResultChars),
        for: use.for.slice(0, limits.storyFor).map((name) => clip(name, limits.nameChars)),
      };
    });
}

function company(input: BriefInput): Brief['company'] {
  const research = input.research;
  return {
    mission: clipOrNull(research?.mission, limits.missionChars),
    values: clipAll(research?.values ?? [], limits.values, limits.listItemChars),
    products: clipAll(research?.products ?? [], limits.products, limits.listItemChars),
  };
}

function news(input: BriefInput): Brief['news'] {
  // ISO dates sort as text; undated items go last.
  return [...input.news]
    .sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''))
    .slice(0, limits.news)
    .map((item) => ({
      headline: clip(item.headline, limits.headlineChars),
      publishedOn: item.publishedOn,
      talkingPoint: clipOrNull(item.talkingPoint, limits.talkingPointChars),
    }));
}

function promises(input: BriefInput, now: Date): Brief['promises'] {
  const today = todayIn(input.round.timeZone, now);
  const nameOf = new Map(input.interviewers.map((person) => [person.id, person.name]));
  return input.promises
    .filter((entry) => !entry.kept)
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'))
    .slice(0, limits.promises)
    .map((entry) => ({
      promise: clip(entry.promise, limits.promiseChars),
      to: entry.toInterviewerId
        ? clipOrNull(nameOf.get(entry.toInterviewerId), limits.nameChars)
        : null,
      dueOn: entry.dueOn,
      overdue: entry.dueOn !== null && entry.dueOn < today,
    }));
}

/**
 * The day-of brief of a round: the header with the time in the candidate's zone and the
 * countdown, logistics, each interviewer (priorities, a rapport hook, what they asked before,
 * questions to ask them), key stories, company facts and news, open promises and delivery
 * reminders — every list capped and every text shortened so that it prints on one page, two at
 * most. Pure: the time comes in as `now`.
 * @example composeBrief(input, new Date()).interviewers[0]?.questionsToAsk[0]?.text
 */
export function composeBrief(input: BriefInput, now: Date): Brief {
  const people = new Map(input.interviewers.map((person) => [person.id, person]));
  const panel = unique(input.panel).flatMap((id) => people.get(id) ?? []);
  const crowded = panel.length > limits.crowdedPanel;
  return {
    generatedAt: now.toISOString(),
    header: header(input, now),
    logistics: logistics(input),
    interviewers: panel
      .slice(0, limits.interviewers)
      .map((person) => interviewerOf(person, input, crowded)),
    moreInterviewers: panel
      .slice(limits.interviewers)
      .map((person) => clip(person.name, limits.nameChars)),
    stories: keyStories(input),
    company: company(input),
    news: news(input),
    promises: promises(input, now),
    reminders: briefReminders.map((reminder) => ({ ...reminder })),
  };
}
