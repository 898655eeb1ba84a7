import { z } from 'zod';

/**
 * The day-of brief: the one page a candidate reads on the way to an interview. Every list is
 * already capped and every text already shortened to fit one printed page (two at most), so the
 * doors (JSON, Markdown, PDF, the web page) render it as it is. It never holds salary figures or
 * any other private field.
 */
const text = z.string();
const maybe = z.string().nullable();

export const briefSchema = z.object({
  /** When the brief was composed (UTC ISO-8601). */
  generatedAt: text,
  header: z.object({
    company: text,
    role: text,
    roundNumber: z.number().int(),
    /** The round's start (UTC ISO-8601), or null while it is not scheduled. */
    startsAt: maybe,
    /** The candidate's IANA time zone for the round. */
    timeZone: text,
    /** The start in the candidate's zone, e.g. `Wed 25 Nov 2026, 13:30 (Europe/Amsterdam)`. */
    when: maybe,
    /** How far away the start is: `in 5 days`, `tomorrow`, `in 3 hours`, `has started`. */
    countdown: maybe,
    /** The round's formats in words: `panel`, `presentation`. */
    formats: z.array(text),
  }),
  logistics: z.object({
    /** Start and end on the clock of the header's zone: `13:30–16:00` (`22:00–Thu 01:00`). */
    hours: maybe,
    /** `2 h 30 min`. */
    duration: maybe,
    place: maybe,
    videoLink: maybe,
    /** The sentences of the round's logistics about whom to ask for at reception. */
    askFor: maybe,
    /** The sentences of the round's logistics about what to bring. */
    bring: maybe,
    /** The rest of the round's logistics. */
    notes: z.array(text),
  }),
  interviewers: z.array(
    z.object({
      id: text,
      name: text,
      title: maybe,
      /** Their audience kind in words: `Hiring manager`. */
      audience: maybe,
      priorities: z.array(text),
      rapportHook: maybe,
      /** Questions they asked the candidate in earlier rounds. */
      askedLastTime: z.array(text),
      /** Questions to ask them: the candidate's own (`own: true`) first, then suggestions. */
      questionsToAsk: z.array(z.object({ text, own: z.boolean() })),
    }),
  ),
  /** Names of interviewers of the round left out to fit the page. */
  moreInterviewers: z.array(text),
  stories: z.array(
    z.object({
      id: text,
      title: text,
      /** The first sentence of the story's result. */
      result: maybe,
      /** Whom the plan means it for. */
      for: z.array(text),
    }),
  ),
  company: z.object({
    mission: maybe,
    values: z.array(text),
    products: z.array(text),
  }),
  news: z.array(
    z.object({
      headline: text,
      /** YYYY-MM-DD. */
      publishedOn: maybe,
      talkingPoint: maybe,
    }),
  ),
  promises: z.array(
    z.object({
      promise: text,
      /** The interviewer's name. */
      to: maybe,
      /** YYYY-MM-DD. */
      dueOn: maybe,
      overdue: z.boolean(),
    }),
  ),
  /** Reminders on delivery: a short lead and a sentence. */
  reminders: z.array(z.object({ lead: text, text })),
});

export type Brief = z.output<typeof briefSchema>;
export type BriefInterviewer = Brief['interviewers'][number];
