import type { Command } from 'commander';
import { resolveRecordId } from '../../app/resolve.js';
import { printJson, withWorkspace, type CliRuntime } from '../output.js';

const label = { none: 'GAP    ', partial: 'PARTLY ', strong: 'COVERED' } as const;

export function registerFit(program: Command, runtime: CliRuntime): void {
  program
    .command('fit')
    .description("Show how your stories and résumé cover the posting's requirements, gaps first")
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--json', 'print as JSON')
    .action(async (reference: string, options: { json?: boolean }) => {
      const { assessOpportunityCoverage } = await import('../../app/plan-round.js');
      const result = await withWorkspace(runtime, async (ctx) =>
        assessOpportunityCoverage(ctx, await resolveRecordId(ctx, 'opportunity', reference)),
      );
      if (options.json) return printJson(runtime, result);
      if (result.coverage.length === 0) {
        runtime.out(
          'No requirements found: add the job posting to the opportunity first (--posting-file).',
        );
        return;
      }
      for (const item of result.coverage) {
        runtime.out(`${label[item.strength]} ${item.text}  (${item.kind})`);
        const [best] = item.matches;
        if (best)
          runtime.out(
            `        ${best.kind === 'story' ? 'story' : 'résumé'}: ${best.title} — shares ${best.terms.slice(0, 4).join(', ')}`,
          );
        if (item.advice) runtime.out(`        → ${item.advice}`);
      }
      if (result.posting.skills.length > 0)
        runtime.out(`\nSkills named: ${result.posting.skills.join(', ')}`);
    });
}
