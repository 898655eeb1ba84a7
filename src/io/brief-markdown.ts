/** The day-of brief as Markdown (CommonMark), for a notes app, an e-mail to oneself or a gist. */
import { DateTime } from 'luxon';
import type { Brief } from '../domain/brief.js';

/** User text inside Markdown: characters that would start emphasis, links or HTML are escaped. */
const md = (text: string) => text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
const day = (date: string) => DateTime.fromISO(date).toFormat('d LLL yyyy');

function header(brief: Brief): string[] {
  const { header } = brief;
  const when = header.when
    ? `**${md(header.when)}**${header.countdown ? ` — ${md(header.countdown)}` : ''}`
    : '**Not scheduled yet.**';
  const formats = header.formats.length > 0 ? ` · ${md(header.formats.join(', '))}` : '';
  return [
    `# Day-of brief: ${md(header.role)} at ${md(header.company)}, round ${header.roundNumber}`,
    '',
    `${when}${formats}`,
  ];
}

function logistics(brief: Brief): string[] {
  const { logistics } = brief;
  const items: [string, string | null][] = [
    ['Time', logistics.hours ? md(logistics.hours) : 'not scheduled yet'],
    ['Length', logistics.duration && md(logistics.duration)],
    ['Where', logistics.place && md(logistics.place)],
    ['Video', logistics.videoLink && `<${logistics.videoLink}>`],
    ['Ask for', logistics.askFor && md(logistics.askFor)],
    ['Bring', logistics.bring && md(logistics.bring)],
  ];
  return [
    '## Logistics',
    '',
    ...items.flatMap(([label, value]) => (value ? [`- **${label}:** ${value}`] : [])),
    ...logistics.notes.map((note) => `- ${md(note)}`),
  ];
}

function interviewers(brief: Brief): string[] {
  const lines = ['## Who you meet'];
  if (brief.interviewers.length === 0)
    lines.push('', 'No interviewers recorded for this round yet.');
  for (const person of brief.interviewers) {
    const role = [person.title, person.audience].filter(Boolean).join(' · ');
    lines.push('', `### ${md(person.name)}`, '');
    if (role) lines.push(`*${md(role)}*`, '');
    if (person.priorities.length > 0)
      lines.push(`- **Cares about:** ${md(person.priorities.join('; '))}`);
    if (person.rapportHook) lines.push(`- **Rapport:** ${md(person.rapportHook)}`);
    if (person.askedLastTime.length > 0) {
      lines.push('- **Asked you before:**');
      lines.push(...person.askedLastTime.map((question) => `  - *${md(question)}*`));
    }
    if (person.questionsToAsk.length > 0) {
      lines.push('- **Ask them:**');
      lines.push(
        ...person.questionsToAsk.map(
          (question) => `  - ${md(question.text)}${question.own ? '' : ' _(suggested)_'}`,
        ),
      );
    }
  }
  if (brief.moreInterviewers.length > 0)
    lines.push('', `Also on the panel: ${md(brief.moreInterviewers.join(', '))}`);
  return lines;
}

function stories(brief: Brief): string[] {
  if (brief.stories.length === 0)
    return ['## Key stories', '', 'No stories assigned yet: plan the round in Round Two.'];
  return [
    '## Key stories',
    '',
    ...brief.stories.map((story) => {
      const result = story.result ? `: ${md(story.result)}` : '';
      const audience = story.for.length > 0 ? ` _(for ${md(story.for.join(', '))})_` : '';
      return `- **${md(story.title)}**${result}${audience}`;
    }),
  ];
}

function company(brief: Brief): string[] {
  const { company } = brief;
  const items = [
    company.mission && `- **Mission:** ${md(company.mission)}`,
    company.values.length > 0 && `- **Values:** ${md(company.values.join(' · '))}`,
    company.products.length > 0 && `- **Products:** ${md(company.products.join(', '))}`,
  ].filter((item): item is string => typeof item === 'string');
  return items.length > 0 ? ['## Company', '', ...items] : [];
}

function news(brief: Brief): string[] {
  if (brief.news.length === 0) return [];
  return [
    '## Recent news',
    '',
    ...brief.news.flatMap((item) => [
      `- **${md(item.headline)}**${item.publishedOn ? ` (${day(item.publishedOn)})` : ''}`,
      ...(item.talkingPoint ? [`  - Your angle: ${md(item.talkingPoint)}`] : []),
    ]),
  ];
}

function promises(brief: Brief): string[] {
  if (brief.promises.length === 0) return [];
  return [
    '## Promises to keep',
    '',
    ...brief.promises.map((entry) => {
      const to = entry.to ? ` To ${md(entry.to)}.` : '';
      const due = entry.dueOn
        ? entry.overdue
          ? ` **Overdue since ${day(entry.dueOn)}.**`
          : ` Due ${day(entry.dueOn)}.`
        : '';
      return `- ${md(entry.promise)}${to}${due}`;
    }),
  ];
}

/**
 * Renders the brief as Markdown: a title with the time and countdown, then one `##` section per
 * part, each interviewer under a `###` heading.
 * @example writeFileSync('brief.md', briefMarkdown(brief))
 */
export function briefMarkdown(brief: Brief): string {
  const sections = [
    header(brief),
    logistics(brief),
    interviewers(brief),
    stories(brief),
    company(brief),
    news(brief),
    promises(brief),
    [
      '## On the day',
      '',
      ...brief.reminders.map((reminder) => `- **${md(reminder.lead)}.** ${md(reminder.text)}`),
    ],
  ].filter((section) => section.length > 0);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
