/**
 * The numbers behind the after-interview follow-through (thank-you deadline, calendar reminders)
 * and the sentence templates thank-you drafts are composed from, written for Round Two.
 */
import { thresholds, type Threshold } from './thresholds.js';

const deadlineAdvice =
  'The source articles agree: send each interviewer a thank-you within 24 hours of the interview; after a Friday interview, send it on Monday morning so it is near the top of the inbox when the reader is back at work.';
const workingHours =
  'Round Two rule, from the same advice: a note should arrive while the reader is at work, so a deadline that falls on a Saturday or Sunday, or before 08:00 or after 18:00 in your time zone, moves to 09:00 on the next working morning.';

/** When a thank-you note is due, in the candidate's time zone. */
export const thankYouDeadline = {
  /** Due this many hours (elapsed, not wall-clock) after the interview ends. */
  dueHours: { ...thresholds.noteDueHours, source: deadlineAdvice },
  /** A deadline before this local hour is outside working hours. */
  workdayStartHour: { value: 8, unit: 'hour of the day, local time', source: workingHours },
  /** A deadline after this local hour (18:00 itself is inside) is outside working hours. */
  workdayEndHour: { value: 18, unit: 'hour of the day, local time', source: workingHours },
  /** A deadline outside working hours moves to this hour of the next working morning. */
  movedToHour: { value: 9, unit: 'hour of the day, local time', source: workingHours },
  /** Length assumed for a round that has no duration. */
  defaultInterviewMinutes: {
    value: 60,
    unit: 'minutes',
    source: 'Round Two default: most interview slots are booked for an hour.',
  },
} as const satisfies Record<string, Threshold>;

/** Saturday and Sunday, as ISO weekday numbers (Monday is 1). */
export const weekendDays: readonly number[] = [6, 7];

const reminders =
  'Round Two rule: a preparation reminder on the evening before (time to reread the brief and lay out what to bring) and a last one an hour before (time to travel or test the video link).';

/** The reminders a round's calendar event carries. */
export const calendarReminders = {
  /** The day before the interview, at this local hour: prepare. */
  eveningBeforeHour: { value: 18, unit: 'hour of the day, local time', source: reminders },
  /** This many minutes before the start: leave or log in. */
  minutesBefore: { value: 60, unit: 'minutes', source: reminders },
} as const satisfies Record<string, Threshold>;

/**
 * Sentence templates for thank-you drafts. `{role}`, `{company}`, `{title}`, `{topic}`,
 * `{concern}`, `{needs}`, `{evidence}`, `{promise}` are filled from the candidate's own notes; a
 * template whose slot has no value is never chosen. Each list offers several wordings so that
 * the notes of one round do not read alike; which one a draft uses depends only on the
 * interviewer's id.
 */
export const thankYouTemplates = {
  subject: [
    'Thank you for our conversation about {topic}',
    'Thank you — {role} interview at {company}',
    'Following up on our conversation about {topic}',
    'With thanks after the {role} interview',
  ],
  opening: [
    'Thank you for making the time to meet me about the {role} role at {company}.',
    'Thank you for the conversation about the {role} position at {company}.',
    'Many thanks for meeting me to talk about the {role} role and the work ahead at {company}.',
  ],
  /** The first topic discussed, written as a noun phrase ("the move off the monolith"). */
  topic: [
    'What stayed with me most was our discussion of {topic}.',
    'I especially valued hearing your thoughts on {topic}; it gave me a much clearer picture of the work.',
    'Hearing your view as {title} on {topic} was the part I have thought about most since.',
    'Our talk about {topic} was the highlight for me, and it made the challenge feel concrete.',
  ],
  /** The first topic when it is written as a sentence ("She asked about my notice period"). */
  topicClause: [
    'One part of our conversation has stayed with me: {topic}.',
    'I keep coming back to one moment of our talk: {topic}.',
  ],
  secondTopic: [
    'I also appreciated going through {topic}.',
    'It was useful, too, to hear about {topic}.',
    'Thank you as well for the candid picture of {topic}.',
  ],
  /** When nothing discussed was noted: what the interviewer is known to care about. */
  priority: [
    'It was clear how much {topic} matters to you, and it is work I would enjoy taking on.',
    'I came away seeing why {topic} is high on your list, and how I could help with it.',
  ],
  concern: [
    'I have thought more about the concern you raised ({concern}) and would welcome the chance to answer it more fully.',
    'You were candid about a concern — {concern} — and I appreciated that; I would be glad to talk it through further.',
    'On the concern you mentioned ({concern}), I would be happy to share more detail on how I would handle it.',
  ],
  fit: [
    'The role calls for {needs}, and my own work has covered that ground — for example, {evidence}.',
    'I came away sure that my experience fits the role’s need for {needs} (for instance, {evidence}).',
    'Where the role needs {needs}, I can offer experience I have already put to work, such as {evidence}.',
  ],
  /** A promise that starts with what the candidate will do ("send you the deck"). */
  promise: [
    'As promised, I will {promise}.',
    'I have not forgotten what I promised: I will {promise}.',
  ],
  /** A promise written any other way. */
  promiseNote: ['I also have a promise to keep: {promise}.', 'As I said I would: {promise}.'],
  closing: [
    'I would be glad to answer any further questions, and I hope to continue the conversation soon.',
    'If anything else would help, I am happy to send it. I look forward to hearing about the next steps.',
    'I am keen to join {company}, and I am happy to provide anything else you need.',
  ],
  signOff: ['Best regards,', 'Kind regards,', 'With thanks,'],
} as const;

export type ThankYouTemplateSlot = keyof typeof thankYouTemplates;

/** Verbs a promise usually starts with; such a promise reads as "I will …" in a note. */
export const promiseVerbs: readonly string[] = [
  'send',
  'share',
  'forward',
  'email',
  'introduce',
  'connect',
  'follow',
  'get',
  'prepare',
  'write',
  'check',
  'look',
  'provide',
  'put',
  'find',
  'ask',
  'confirm',
  'book',
  'call',
];

/** How a topic note is often begun; dropped so the topic reads as a phrase. */
export const topicLeadIns: readonly RegExp[] = [
  /^(?:we\s+)?(?:discussed|talked about|talked through|chatted about|went through|covered|spoke about)\s+/i,
  /^(?:discussion|conversation|talk|chat)\s+(?:of|about|on)\s+/i,
];

/** Words that open a topic written as a sentence rather than a phrase. */
export const clauseOpeners: readonly string[] = [
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'there',
];
