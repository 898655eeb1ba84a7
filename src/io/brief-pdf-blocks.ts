/** The sections of the day-of brief as paragraphs for the PDF's column flow. */
import { DateTime } from 'luxon';
import type { Brief } from '../domain/brief.js';
import type { Block, Paragraph, Run } from './pdf-flow.js';

const BODY = 9.5;
export const SMALL = 9;

export const color = {
  ink: '#1d2327',
  muted: '#55626b',
  accent: '#0e5f70',
  tint: '#e4f1f3',
  rule: '#a9c7cd',
  alert: '#a4221a',
};

const run = (text: string, font: Run['font'] = 'Helvetica', tint?: string): Run => ({
  text,
  font,
  ...(tint ? { color: tint } : {}),
});
export const bold = (text: string, tint?: string) => run(text, 'Helvetica-Bold', tint);
const line = (runs: Run[], extra: Omit<Paragraph, 'runs' | 'size'> = {}): Paragraph => ({
  runs,
  size: BODY,
  ...extra,
});
const labelled = (label: string, value: string, extra: Omit<Paragraph, 'runs' | 'size'> = {}) =>
  line([bold(`${label}: `), run(value)], extra);
const bulleted = (runs: Run[], indent = 0): Paragraph => line(runs, { bullet: '•', indent });
/** `13:30–16:00 (2 h 30 min)`. */
const timeOf = ({ logistics }: Brief) =>
  [logistics.hours ?? 'not scheduled yet', logistics.duration && `(${logistics.duration})`]
    .filter(Boolean)
    .join(' ');
const day = (date: string) => DateTime.fromISO(date).toFormat('d LLL yyyy');

function logisticsBlocks(brief: Brief): Block[] {
  const { logistics } = brief;
  const paragraphs: Paragraph[] = [
    labelled('Time', timeOf(brief)),
    ...(logistics.place ? [labelled('Where', logistics.place)] : []),
    ...(logistics.videoLink
      ? [
          line([bold('Video: '), run(shortLink(logistics.videoLink), 'Helvetica', color.accent)], {
            link: logistics.videoLink,
          }),
        ]
      : []),
    ...(logistics.askFor ? [labelled('Ask for', logistics.askFor)] : []),
    ...(logistics.bring ? [labelled('Bring', logistics.bring)] : []),
    ...logistics.notes.map((note) => bulleted([run(note)])),
  ];
  return [{ paragraphs, keep: true }];
}

function interviewerBlocks(brief: Brief): Block[] {
  const blocks = brief.interviewers.map((person, index): Block => {
    const role = [person.title, person.audience].filter(Boolean).join(' · ');
    const paragraphs: Paragraph[] = [
      { runs: [bold(person.name)], size: 11, gapBefore: index === 0 ? 0 : 6, keepWithNext: true },
      ...(role
        ? [{ runs: [run(role, 'Helvetica-Oblique', color.muted)], size: SMALL, keepWithNext: true }]
        : []),
    ];
    if (person.priorities.length > 0)
      paragraphs.push(labelled('Cares about', person.priorities.join('; '), { gapBefore: 2 }));
    if (person.rapportHook) paragraphs.push(labelled('Rapport', person.rapportHook));
    if (person.askedLastTime.length > 0) {
      paragraphs.push(line([bold('Asked you before:')], { keepWithNext: true }));
      for (const question of person.askedLastTime)
        paragraphs.push(bulleted([run(question, 'Helvetica-Oblique')], 4));
    }
    if (person.questionsToAsk.length > 0) {
      paragraphs.push(line([bold('Ask them:')], { keepWithNext: true }));
      for (const question of person.questionsToAsk)
        paragraphs.push(
          bulleted([run(question.text, 'Helvetica', question.own ? undefined : color.muted)], 4),
        );
    }
    // A card may continue in the next column; its name stays with its first lines.
    return { paragraphs, keep: false };
  });
  if (brief.interviewers.length === 0) {
    blocks.push({
      paragraphs: [line([run('No interviewers recorded for this round yet.')])],
      keep: false,
    });
  }
  if (brief.moreInterviewers.length > 0) {
    blocks.push({
      paragraphs: [
        labelled('Also on the panel', brief.moreInterviewers.join(', '), { gapBefore: 6 }),
      ],
      keep: false,
    });
  }
  return blocks;
}

function storyBlocks(brief: Brief): Block[] {
  if (brief.stories.length === 0) {
    return [
      {
        paragraphs: [line([run('No stories assigned yet: plan the round in Round Two.')])],
        keep: false,
      },
    ];
  }
  const nameOf = namer(brief);
  return brief.stories.map((story) => ({
    keep: true,
    paragraphs: [
      bulleted([
        bold(story.title),
        run(story.result ? ` — ${story.result}` : ''),
        run(nameOf(story.for) ? ` (for ${nameOf(story.for)})` : '', 'Helvetica', color.muted),
      ]),
    ],
  }));
}

/**
 * A story's audience by first names, when first names tell the panel apart; otherwise the page
 * has no room for it (the full names are in the Markdown and the app).
 */
function namer(brief: Brief): (names: readonly string[]) => string {
  const first = (name: string) => name.split(' ')[0] ?? name;
  const firsts = brief.interviewers.map((person) => first(person.name));
  if (new Set(firsts).size === firsts.length) return (names) => names.map(first).join(', ');
  return () => '';
}

/** A text ending in a full stop, unless it already ends in a stop or an ellipsis. */
const sentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

/** A link as printed: the whole address stays the link's target. */
function shortLink(url: string): string {
  const shown = url.replace(/^https?:\/\//, '');
  return shown.length <= 60 ? shown : `${shown.slice(0, 59)}…`;
}

function companyBlocks(brief: Brief): Block[] {
  const { company } = brief;
  const paragraphs: Paragraph[] = [
    ...(company.mission ? [labelled('Mission', company.mission)] : []),
    ...(company.values.length > 0 ? [labelled('Values', company.values.join(' · '))] : []),
    ...(company.products.length > 0 ? [labelled('Products', company.products.join(', '))] : []),
  ];
  return paragraphs.length > 0 ? [{ paragraphs, keep: false }] : [];
}

function newsBlocks(brief: Brief): Block[] {
  return brief.news.map((item) => ({
    keep: true,
    paragraphs: [
      bulleted([
        bold(item.headline),
        run(item.publishedOn ? ` (${day(item.publishedOn)})` : '', 'Helvetica', color.muted),
      ]),
      ...(item.talkingPoint ? [labelled('Your angle', item.talkingPoint, { indent: 10 })] : []),
    ],
  }));
}

function promiseBlocks(brief: Brief): Block[] {
  return brief.promises.map((entry) => ({
    keep: true,
    paragraphs: [
      bulleted([
        run(entry.promise),
        run(entry.to ? ` To ${sentence(entry.to)}` : '', 'Helvetica', color.muted),
        entry.dueOn
          ? entry.overdue
            ? bold(` Overdue since ${day(entry.dueOn)}.`, color.alert)
            : run(` Due ${day(entry.dueOn)}.`, 'Helvetica', color.muted)
          : run(''),
      ]),
    ],
  }));
}

function reminderBlocks(brief: Brief): Block[] {
  return brief.reminders.map((reminder) => ({
    keep: true,
    paragraphs: [bulleted([bold(`${reminder.lead}. `), run(reminder.text)])],
  }));
}

/**
 * The brief's sections in reading order, empty ones left out. Promises come before company facts:
 * an overdue promise is something to act on before the interview, so it must not be the part
 * that a full page cuts.
 */
export function briefSections(brief: Brief): [string, Block[]][] {
  const sections: [string, Block[]][] = [
    ['Logistics', logisticsBlocks(brief)],
    ['Who you meet', interviewerBlocks(brief)],
    ['Key stories', storyBlocks(brief)],
    ['Promises to keep', promiseBlocks(brief)],
    ['Company', companyBlocks(brief)],
    ['Recent news', newsBlocks(brief)],
    ['On the day', reminderBlocks(brief)],
  ];
  return sections.filter(([, blocks]) => blocks.length > 0);
}
