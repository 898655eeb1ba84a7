import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadExampleOpportunity } from '../../app/example.js';
import {
  exportWorkspace,
  importWorkspace,
  serializeWorkspace,
} from '../../app/workspace-transfer.js';
import { printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

export function registerTransfer(program: Command, runtime: CliRuntime): void {
  program
    .command('export')
    .description('Write the whole workspace as one JSON file (to stdout, or -o FILE)')
    .option('-o, --output <file>', 'file to write')
    .option(
      '--share',
      'leave out what is private (salary walk-away, salary notes) to give the file to a coach',
    )
    .action(async (options: { output?: string; share?: boolean }) => {
      const share = options.share ?? false;
      const text = await withWorkspace(runtime, async (ctx) =>
        serializeWorkspace(await exportWorkspace(ctx, { share })),
      );
      if (!options.output) {
        runtime.write(text);
        return;
      }
      try {
        writeFileSync(options.output, text);
      } catch (error) {
        throw new UsageError(
          `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
        );
      }
      runtime.err(
        share
          ? `Exported the workspace to ${options.output} for sharing, without its private fields.`
          : `Exported the workspace to ${options.output}.`,
      );
    });

  program
    .command('import')
    .description('Read a workspace file written by `export` (all or nothing)')
    .argument('<file>', 'workspace JSON file, or - for stdin')
    .option('--replace', 'replace what the workspace holds now')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: { replace?: boolean; json?: boolean }) => {
      let text: string;
      try {
        text = file === '-' ? await runtime.stdin() : readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(
          `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
        );
      }
      const summary = await withWorkspace(runtime, (ctx) =>
        importWorkspace(ctx, text, { replace: options.replace ?? false }),
      );
      if (options.json) return printJson(runtime, summary);
      runtime.out(`Imported ${summary.records} records.`);
    });

  program
    .command('example')
    .description('Load the example opportunity (a fictional company with a second round in 5 days)')
    .option('--json', 'print the created opportunity as JSON')
    .action(async (options: { json?: boolean }) => {
      const opportunity = await withWorkspace(runtime, (ctx) => loadExampleOpportunity(ctx));
      if (options.json) return printJson(runtime, opportunity);
      runtime.out(
        `Loaded the example: ${opportunity.role} at ${opportunity.company} (${opportunity.id}).`,
      );
    });
}
