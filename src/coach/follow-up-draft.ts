/** The short, specific status-inquiry draft for a round whose decision is late. */
import { DateTime } from 'luxon';
import { followUpRules, followUpTemplates } from '../content/follow-up.js';
import type { Round } from '../domain/round.js';

export interface FollowUpDraft {
  readonly subject: string;
  readonly body: string;
  readonly words: number;
}

export interface StatusInquiryInput {
  readonly opportunity: { readonly company: string; readonly role: string };
  readonly round: Pick<Round, 'number' | 'startsAt' | 'timeZone'>;
  /** The expected decision date, YYYY-MM-DD. */
  readonly decisionOn: string;
  /** The local date the first inquiry was sent; set for the second one only. */
  readonly firstSentOn: string | null;
  readonly recipientName?: string;
  readonly topic?: string;
}

/** Longest topic, in words, that still reads as a phrase inside a sentence. */
const TOPIC_MAX_WORDS = 12;

/** Words as a reader counts them: runs of letters or digits, "round-2" as one. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

const fill = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot] ?? `{${slot}}`);

/** "Wednesday 25 November"; the year only when it is not the decision's year. */
function longDate(date: DateTime, reference: DateTime): string {
  return date.toFormat(date.year === reference.year ? 'cccc d LLLL' : 'cccc d LLLL yyyy');
}

/** A topic noted as "Migration off the monolith." reads as "migration off the monolith". */
function asPhrase(topic: string): string | undefined {
  const text = topic.trim().replace(/[.!?;:]+$/, '');
  if (!text || countWords(text) > TOPIC_MAX_WORDS) return undefined;
  // Keep the capital of a name or acronym ("SQL", "Femke's roadmap").
  return /^\p{Lu}\p{Ll}/u.test(text) && !/^\p{Lu}\p{Ll}+['’]s\b/u.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** "Femke" from "Femke de Wit"; "Dr. Ana López" gives "Dr. López". */
function greetingName(name: string | undefined): string | undefined {
  const parts = name?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (parts.length === 0) return undefined;
  if (/^(?:dr|prof)\.?$/i.test(parts[0] ?? '') && parts.length > 1) {
    return `${parts[0]} ${parts.at(-1)}`;
  }
  return parts[0];
}

/**
 * A status inquiry in Round Two's words: the role, the round and its date, the decision date
 * they gave (or, for the second, the date of the first), one line restating interest — about
 * what was discussed when that is known — and an offer to send anything further. Never longer
 * than 150 words for any role and company name of ordinary length: when long names push it over,
 * the interest line loses its topic, then the company.
 * @example draftStatusInquiry({ opportunity, round, decisionOn: '2026-12-04', firstSentOn: null }).subject
 */
export function draftStatusInquiry(input: StatusInquiryInput): FollowUpDraft {
  const { opportunity, round } = input;
  const decision = DateTime.fromISO(input.decisionOn, { zone: round.timeZone });
  const start = round.startsAt ? DateTime.fromISO(round.startsAt, { zone: round.timeZone }) : null;
  const second = input.firstSentOn !== null;
  const values: Record<string, string> = {
    role: opportunity.role.trim(),
    company: opportunity.company.trim(),
    roundNumber: String(round.number ?? 1),
    decisionDate: longDate(decision, decision),
    roundDate: start ? longDate(start, decision) : 'our interview',
    firstSentDate: input.firstSentOn
      ? longDate(DateTime.fromISO(input.firstSentOn, { zone: round.timeZone }), decision)
      : '',
  };
  const { opening, interest, subject } = followUpTemplates;
  const openingTemplate = second
    ? start
      ? opening.second
      : opening.secondWithoutDate
    : start
      ? opening.first
      : opening.firstWithoutDate;
  const topic = input.topic ? asPhrase(input.topic) : undefined;
  const plainInterest = fill(interest.plain, values);
  const topicInterest = topic ? fill(interest.topic, { ...values, topic }) : plainInterest;

  const name = greetingName(input.recipientName);
  const compose = (interestLine: string) =>
    [
      name ? `Dear ${name},` : 'Hello,',
      fill(openingTemplate, values),
      `${interestLine} ${followUpTemplates.offer}`,
      followUpTemplates.thanks,
      followUpTemplates.signOff,
    ].join('\n\n');
  let body = compose(topicInterest);
  for (const shorter of [plainInterest, interest.short]) {
    if (countWords(body) > followUpRules.maximumWords.value) body = compose(shorter);
  }
  const subjectLine =
    second || !start
      ? fill(subject.second, values)
      : fill(subject.first, { ...values, roundDate: start.toFormat('d LLLL') });
  return { subject: subjectLine, body, words: countWords(body) };
}
