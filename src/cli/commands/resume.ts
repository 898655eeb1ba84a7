import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { importResume } from '../../app/import-resume.js';
import { listRecords } from '../../app/records.js';
import { resumeFormats, type ResumeFormat } from '../../domain/resume.js';
import { printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

interface ImportOptions {
  file?: string;
  format?: string;
  replace?: boolean;
  json?: boolean;
}

/** The résumé's text: --file, or standard input with `--file -`. */
async function readResumeFile(runtime: CliRuntime, file: string | undefined): Promise<string> {
  if (file === undefined)
    throw new UsageError('resume import needs --file <file> (or --file - for standard input).');
  if (file === '-') return runtime.stdin();
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read --file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

function parseFormat(text: string | undefined): ResumeFormat | undefined {
  if (text === undefined) return undefined;
  const format = resumeFormats.find((known) => known === text);
  if (format === undefined)
    throw new UsageError(`--format must be one of ${resumeFormats.join(', ')}, not "${text}".`);
  return format;
}

// An award, a certificate or a publication has one date: when it was given or published.
const oneDateKinds: ReadonlySet<string> = new Set(['award', 'certificate', 'publication']);

/** `2019-04-01 – 2021-03-01`, `from 2021-04-01`, `until 2016-06-01`, one date, or nothing. */
function period(kind: string, start: string | null, end: string | null): string {
  if (start && end) return `${start} – ${end}`;
  if (start) return oneDateKinds.has(kind) ? start : `from ${start}`;
  if (end) return `until ${end}`;
  return '';
}

/**
 * `roundtwo resume import --file F [--format json|text] [--replace] [--json]` and
 * `roundtwo resume list [--json]`: résumé items as evidence for the coverage of a role.
 */
export function registerResume(program: Command, runtime: CliRuntime): void {
  const resume = program
    .command('resume')
    .description('Import your résumé as evidence items (JSON Resume or plain text)');

  resume
    .command('import')
    .description(
      'Import a résumé: each role, study, project, award, certificate, publication and skill becomes an item',
    )
    .option('--file <file>', 'the résumé file (JSON Resume, plain text or Markdown); - for stdin')
    .option('--format <format>', `${resumeFormats.join(' or ')}; detected when absent`)
    .option('--replace', 'delete the résumé items already imported first')
    .option('--json', 'print the result as JSON')
    .action(async (options: ImportOptions) => {
      const format = parseFormat(options.format);
      const text = await readResumeFile(runtime, options.file);
      const result = await withWorkspace(runtime, (ctx) =>
        importResume(ctx, text, {
          ...(format ? { format } : {}),
          replace: options.replace === true,
        }),
      );
      if (options.json) return printJson(runtime, result);
      const kinds = Object.entries(result.byKind)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ');
      runtime.out(
        `Imported ${result.created} résumé item${result.created === 1 ? '' : 's'}: ${kinds}.`,
      );
    });

  resume
    .command('list')
    .description('List your résumé items: kind, title, organisation and dates')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const items = await withWorkspace(runtime, (ctx) => listRecords(ctx, 'evidenceItem'));
      if (options.json) return printJson(runtime, items);
      if (items.length === 0)
        runtime.out('No résumé items yet. Import them with `roundtwo resume import --file …`.');
      for (const item of items) {
        const organization = item.organization ? ` — ${item.organization}` : '';
        const dates = period(item.kind, item.startDate, item.endDate);
        runtime.out(
          `${item.id}  ${item.kind.padEnd(11)}  ${item.title}${organization}${dates ? `  (${dates})` : ''}`,
        );
      }
    });
}
