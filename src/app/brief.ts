/** The day-of brief of a round, as data and as a file to print or read on a phone. */
import { composeBrief } from '../coach/brief.js';
import type { Brief } from '../domain/brief.js';
import type { CandidatePromise, DebriefItem } from '../domain/debrief.js';
import type { AppContext } from './context.js';
import { roundOfOpportunity, slug } from './follow-through-files.js';
import { planRound } from './plan-round.js';
import { getRecord, listRecords } from './records.js';

export interface BriefOptions {
  /** The round's number; by default the next scheduled round (else the last). */
  readonly roundNumber?: number;
}

export type BriefFormat = 'pdf' | 'md';

/** A brief as a file: the name to save it under, its content and its media type. */
export interface BriefFile {
  readonly filename: string;
  readonly content: Uint8Array | string;
  readonly contentType: string;
}

/**
 * The day-of brief of an opportunity's round: logistics in the candidate's zone, each interviewer
 * with their priorities, what they asked before and the questions to ask them, the stories the
 * round plan assigns, company facts and news, open promises and delivery reminders. It reads no
 * salary preparation, so nothing private can reach it.
 * @example const brief = await briefOf(ctx, opportunityId, { roundNumber: 2 })
 */
export async function briefOf(
  ctx: AppContext,
  opportunityId: string,
  options: BriefOptions = {},
): Promise<Brief> {
  const opportunity = await getRecord(ctx, 'opportunity', opportunityId);
  const round = await roundOfOpportunity(ctx, opportunity.id, {
    moment: 'before',
    ...(options.roundNumber === undefined ? {} : { number: options.roundNumber }),
  });
  const number = round.number ?? 1;
  const rounds = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
  const earlier = rounds
    .filter((other) => (other.number ?? 0) < number)
    .sort((a, b) => (b.number ?? 0) - (a.number ?? 0));
  const earlierQuestions: DebriefItem[] = [];
  for (const past of earlier) {
    earlierQuestions.push(...(await listRecords(ctx, 'debriefItem', { roundId: past.id })));
  }
  const promises: CandidatePromise[] = [];
  for (const each of rounds) {
    promises.push(...(await listRecords(ctx, 'promise', { roundId: each.id })));
  }
  const { plan } = await planRound(ctx, round.id);
  const [research] = await listRecords(ctx, 'companyResearch', { opportunityId: opportunity.id });
  return composeBrief(
    {
      opportunity,
      round,
      interviewers: await listRecords(ctx, 'interviewer', { opportunityId: opportunity.id }),
      panel: (await listRecords(ctx, 'participation', { roundId: round.id })).map(
        (seat) => seat.interviewerId,
      ),
      earlierQuestions,
      plan: plan.interviewers,
      stories: await listRecords(ctx, 'story'),
      research: research ?? null,
      news: await listRecords(ctx, 'newsItem', { opportunityId: opportunity.id }),
      promises,
    },
    ctx.clock.now(),
  );
}

/**
 * The brief as a PDF (A4, at most two pages, made without a browser) or as Markdown, named
 * `brief-<company>-round-<n>.<ext>`.
 * @example const { filename, content } = await briefFile(ctx, opportunityId, { format: 'pdf' })
 */
export async function briefFile(
  ctx: AppContext,
  opportunityId: string,
  options: BriefOptions & { readonly format: BriefFormat },
): Promise<BriefFile> {
  const brief = await briefOf(ctx, opportunityId, options);
  const filename = `brief-${slug(brief.header.company, 'company')}-round-${brief.header.roundNumber}`;
  if (options.format === 'md') {
    const { briefMarkdown } = await import('../io/brief-markdown.js');
    return {
      filename: `${filename}.md`,
      content: briefMarkdown(brief),
      contentType: 'text/markdown; charset=utf-8',
    };
  }
  // The PDF library and its font metrics load only when a PDF is asked for.
  const { briefPdf } = await import('../io/brief-pdf.js');
  return {
    filename: `${filename}.pdf`,
    content: await briefPdf(brief),
    contentType: 'application/pdf',
  };
}
