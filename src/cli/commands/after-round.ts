import type { Command } from 'commander';
import { resolveRecordId } from '../../app/resolve.js';
import {
  collect,
  parseInteger,
  printJson,
  UsageError,
  withWorkspace,
  type CliRuntime,
} from '../output.js';

// Load the use cases and the report formatting when a command runs, not at start-up.
const followUps = () => import('../../app/follow-ups.js');
const reflection = () => import('../../app/reflection.js');
const nextStep = () => import('../../app/next-step.js');
const report = () => import('../after-round-report.js');

interface ReflectOptions {
  preparation?: string;
  answers?: string;
  bodyLanguage?: string;
  connection?: string;
  wentWell?: string;
  toImprove?: string;
  lesson?: string[];
  json?: boolean;
}

/** A 1–5 rating flag, or undefined when absent. */
function rating(name: string, text: string | undefined): number | undefined {
  const value = parseInteger(name, text);
  if (value !== undefined && (value < 1 || value > 5)) {
    throw new UsageError(`--${name} must be a rating from 1 to 5, not "${text}".`);
  }
  return value;
}

/**
 * `roundtwo followups` (what is due, with drafts), `followups sent`, `followups cold`,
 * `roundtwo reflect`, `roundtwo trends`, `roundtwo next-round` and `roundtwo offer`.
 */
export function registerAfterRound(program: Command, runtime: CliRuntime): void {
  const followups = program
    .command('followups')
    .description(
      'Status inquiries due across all opportunities (drafted once when a decision date passes), and those gone cold',
    )
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { dueFollowUps } = await followUps();
      const overview = await withWorkspace(runtime, (ctx) => dueFollowUps(ctx));
      if (options.json) return printJson(runtime, overview);
      runtime.out((await report()).formatFollowUps(overview));
    });

  followups
    .command('sent')
    .description('Mark a follow-up as sent (now, or at --at)')
    .argument('<follow-up>', 'follow-up id (or the start of it)')
    .option('--at <instant>', 'when it was sent, ISO 8601 with an offset, e.g. 2026-12-07T08:30Z')
    .option('--json', 'print the follow-up as JSON')
    .action(async (reference: string, options: { at?: string; json?: boolean }) => {
      if (options.at !== undefined && !/(?:Z|[+-]\d\d:?\d\d)$/i.test(options.at.trim())) {
        throw new UsageError(`--at must be an ISO 8601 time with an offset, not "${options.at}".`);
      }
      const { markFollowUpSent } = await followUps();
      const sent = await withWorkspace(runtime, async (ctx) =>
        markFollowUpSent(
          ctx,
          await resolveRecordId(ctx, 'followUp', reference),
          options.at?.trim(),
        ),
      );
      if (options.json) return printJson(runtime, sent);
      runtime.out(`Marked follow-up ${sent.id} as sent at ${sent.sentAt ?? ''}.`);
    });

  followups
    .command('cold')
    .description('Mark an opportunity cold (no answer) and cancel its planned status inquiries')
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--json', 'print the result as JSON')
    .action(async (reference: string, options: { json?: boolean }) => {
      const { markOpportunityCold } = await followUps();
      const result = await withWorkspace(runtime, async (ctx) =>
        markOpportunityCold(ctx, await resolveRecordId(ctx, 'opportunity', reference)),
      );
      if (options.json) return printJson(runtime, result);
      const { company, role } = result.opportunity;
      const cancelled = result.cancelledFollowUps;
      runtime.out(
        `Marked ${role} at ${company} as cold${cancelled > 0 ? `; cancelled ${cancelled} planned follow-up${cancelled === 1 ? '' : 's'}` : ''}.`,
      );
    });

  program
    .command('reflect')
    .description(
      'Record how a round went: ratings 1–5, notes and lessons (again to change them; flags left out keep their value)',
    )
    .argument('<round>', 'round id (or the start of it)')
    .option('--preparation <1-5>', 'how well prepared you were')
    .option('--answers <1-5>', 'how good your answers were')
    .option('--body-language <1-5>', 'your body language: eye contact, posture, pace')
    .option('--connection <1-5>', 'the rapport you built with the interviewers')
    .option('--went-well <text>', 'what went well')
    .option('--to-improve <text>', 'what to do better')
    .option(
      '--lesson <text>',
      'repeatable; a lesson to keep (replaces the round’s lessons)',
      collect,
    )
    .option('--json', 'print the reflection as JSON')
    .action(async (reference: string, options: ReflectOptions) => {
      const input = {
        preparationRating: rating('preparation', options.preparation),
        answersRating: rating('answers', options.answers),
        bodyLanguageRating: rating('body-language', options.bodyLanguage),
        connectionRating: rating('connection', options.connection),
        wentWell: options.wentWell,
        toImprove: options.toImprove,
        lessons: options.lesson,
      };
      const given = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== undefined),
      );
      if (Object.keys(given).length === 0) {
        throw new UsageError('give at least one rating, note or --lesson to record.');
      }
      const { recordReflection } = await reflection();
      const result = await withWorkspace(runtime, async (ctx) =>
        recordReflection(ctx, await resolveRecordId(ctx, 'round', reference), given),
      );
      if (options.json) return printJson(runtime, result.reflection);
      runtime.out((await report()).formatReflection(result));
    });

  program
    .command('trends')
    .description('Your reflection ratings across rounds and opportunities, and repeated lessons')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const { reflectionTrends } = await reflection();
      const trends = await withWorkspace(runtime, (ctx) => reflectionTrends(ctx));
      if (options.json) return printJson(runtime, trends);
      runtime.out((await report()).formatTrends(trends));
    });

  program
    .command('next-round')
    .description(
      'Add the next round, with the last round’s interviewers seated, and show what carries over',
    )
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--at <date time>', 'start as local date and time, e.g. "2026-12-10 14:00"')
    .option('--tz <zone>', 'IANA time zone (default: the previous round’s)')
    .option('--json', 'print as JSON')
    .action(async (reference: string, options: { at?: string; tz?: string; json?: boolean }) => {
      const { startNextRound } = await nextStep();
      const next = await withWorkspace(runtime, async (ctx) =>
        startNextRound(ctx, await resolveRecordId(ctx, 'opportunity', reference), {
          ...(options.at === undefined ? {} : { startsAt: options.at }),
          ...(options.tz === undefined ? {} : { timeZone: options.tz }),
        }),
      );
      if (options.json) return printJson(runtime, next);
      runtime.out((await report()).formatNextRound(next));
    });

  program
    .command('offer')
    .description('Record an offer and show the negotiation checklist built on your salary prep')
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--show-walk-away', 'show your walk-away figure (hidden by default)')
    .option('--json', 'print as JSON (includes the walk-away under checklist.private)')
    .action(async (reference: string, options: { showWalkAway?: boolean; json?: boolean }) => {
      const { offerChecklist } = await nextStep();
      const offer = await withWorkspace(runtime, async (ctx) =>
        offerChecklist(ctx, await resolveRecordId(ctx, 'opportunity', reference)),
      );
      if (options.json) return printJson(runtime, offer);
      runtime.out((await report()).formatOffer(offer, options.showWalkAway ?? false));
    });
}
