import type { Command } from 'commander';
import { resolveRecordId } from '../../app/resolve.js';
import { printJson, withWorkspace, type CliRuntime } from '../output.js';

// Load the use cases when a command runs, not at start-up.
const formatPrep = () => import('../../app/format-prep.js');

/** `roundtwo salary`, `roundtwo why` and `roundtwo checklist`: format prep. */
export function registerPrep(program: Command, runtime: CliRuntime): void {
  program
    .command('salary')
    .description(
      'Salary scripts from your own numbers: expectations, deferring, countering, a low offer',
    )
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--show-walk-away', 'show your walk-away figure (hidden by default)')
    .option('--json', 'print as JSON (the walk-away under private only with --show-walk-away)')
    .action(async (reference: string, options: { showWalkAway?: boolean; json?: boolean }) => {
      const { salaryScripts } = await formatPrep();
      const view = await withWorkspace(runtime, async (ctx) =>
        salaryScripts(ctx, await resolveRecordId(ctx, 'opportunity', reference)),
      );
      const { private: hidden, ...shown } = view;
      if (options.json) return printJson(runtime, options.showWalkAway ? view : shown);
      const lines = [`Salary scripts — ${view.opportunity.role} at ${view.opportunity.company}`];
      if (!view.prepared)
        lines.push('No salary preparation yet: the scripts below say what to add.');
      if (view.walkAwaySet) {
        lines.push(
          options.showWalkAway && hidden.walkAway !== null
            ? `Walk-away (for you only): ${(await import('../../coach/offer-checklist.js')).formatMoney(hidden.walkAway, view.currency)}`
            : 'Walk-away: set, hidden (--show-walk-away shows it to you).',
        );
      }
      for (const entry of view.scripts) {
        lines.push('', `${entry.situation}${entry.ready ? '' : ' (not ready)'}`);
        lines.push(`  “${entry.script}”`, `  Why: ${entry.why}`);
      }
      runtime.out(lines.join('\n'));
    });

  program
    .command('why')
    .description('Check your personal "why" names something specific to the company and role')
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--json', 'print as JSON')
    .action(async (reference: string, options: { json?: boolean }) => {
      const { checkPersonalWhy } = await formatPrep();
      const view = await withWorkspace(runtime, async (ctx) =>
        checkPersonalWhy(ctx, await resolveRecordId(ctx, 'opportunity', reference)),
      );
      if (options.json) return printJson(runtime, view);
      const lines = [`Personal why — ${view.opportunity.role} at ${view.opportunity.company}`];
      for (const answer of ['whyRole', 'whyCompany', 'whyNow'] as const) {
        const named = view.mentions[answer].map((mention) => mention.text);
        lines.push(
          `  ${answer}: ${view.words[answer]} words${named.length > 0 ? `; names ${named.join(', ')}` : ''}`,
        );
      }
      if (view.findings.length === 0) lines.push('No findings: specific, timely and short.');
      for (const finding of view.findings) {
        lines.push(`  [${finding.severity}] ${finding.message}`, `    → ${finding.advice}`);
      }
      runtime.out(lines.join('\n'));
    });

  program
    .command('checklist')
    .description(
      'What to prepare for a format: panel, case-study, skills-test, informal-meal, presentation, team-meet',
    )
    .argument('<format>', 'interview format')
    .option('--json', 'print as JSON')
    .action(async (format: string, options: { json?: boolean }) => {
      const { formatChecklist } = await formatPrep();
      const checklist = formatChecklist(format);
      if (options.json) return printJson(runtime, checklist);
      const lines = [`Checklist — ${checklist.format.replaceAll('_', ' ')}`];
      for (const item of checklist.items) lines.push(`  [ ] ${item.text}`, `      ${item.why}`);
      runtime.out(lines.join('\n'));
    });
}
