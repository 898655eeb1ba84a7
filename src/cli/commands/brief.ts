import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveRecordId } from '../../app/resolve.js';
import { parseInteger, printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

type Format = 'pdf' | 'md';

/** The format asked for, else the one the output file's extension names, else Markdown. */
function formatOf(format: string | undefined, output: string | undefined): Format {
  if (format === undefined) return output?.toLowerCase().endsWith('.pdf') ? 'pdf' : 'md';
  if (format === 'pdf' || format === 'md') return format;
  throw new UsageError(`--format must be pdf or md, not "${format}".`);
}

function write(file: string, content: Uint8Array | string): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    throw new UsageError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

interface BriefOptions {
  round?: string;
  format?: string;
  output?: string;
  json?: boolean;
}

/**
 * `roundtwo brief <opportunity> [--round N] [--format pdf|md] [-o FILE] [--json]`: the day-of
 * brief. Markdown goes to standard output unless `-o` names a file; a PDF always goes to a file,
 * `-o FILE` or `brief-<company>-round-<n>.pdf` in the current directory. `--json` prints the
 * brief's data.
 */
export function registerBrief(program: Command, runtime: CliRuntime): void {
  program
    .command('brief')
    .description(
      'The day-of brief of a round: logistics, each interviewer, key stories, company facts, reminders',
    )
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--round <n>', 'round number (default: the next scheduled round, else the last)')
    .option('--format <format>', 'pdf or md (default: from the -o extension, else md)')
    .option('-o, --output <file>', 'file to write (md default: stdout; pdf default: brief-….pdf)')
    .option('--json', 'print the brief as JSON')
    .action(async (reference: string, options: BriefOptions) => {
      const roundNumber = parseInteger('round', options.round);
      if (options.json && (options.format !== undefined || options.output !== undefined)) {
        throw new UsageError('--json prints the brief; leave out --format and -o.');
      }
      const format = formatOf(options.format, options.output);
      // Loaded when the command runs: the brief plans the round (language model) and may load
      // the PDF library.
      const { briefFile, briefOf } = await import('../../app/brief.js');
      const chosen = roundNumber === undefined ? {} : { roundNumber };
      if (options.json) {
        const brief = await withWorkspace(runtime, async (ctx) =>
          briefOf(ctx, await resolveRecordId(ctx, 'opportunity', reference), chosen),
        );
        printJson(runtime, brief);
        return;
      }
      const file = await withWorkspace(runtime, async (ctx) =>
        briefFile(ctx, await resolveRecordId(ctx, 'opportunity', reference), {
          ...chosen,
          format,
        }),
      );
      if (options.output === undefined && typeof file.content === 'string') {
        runtime.write(file.content);
        return;
      }
      const target = options.output ?? file.filename;
      write(target, file.content);
      runtime.err(`Wrote ${target}.`);
    });
}
