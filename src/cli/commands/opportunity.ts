import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createRecord, getRecord, listRecords } from '../../app/records.js';
import { resolveRecordId } from '../../app/resolve.js';
import { formatInZone } from '../../domain/local-time.js';
import { opportunityStatuses } from '../../domain/opportunity.js';
import { printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

interface AddOptions {
  company?: string;
  role?: string;
  location?: string;
  postingUrl?: string;
  postingFile?: string;
  status?: string;
  json?: boolean;
}

function readPostingFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read --posting-file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

/**
 * The posting to store (a saved page as HTML, anything else as text) and, when the command line
 * leaves them out, the company and role the posting names (schema.org JSON-LD or its title).
 */
async function postingFields(options: AddOptions) {
  if (!options.postingFile) return {};
  const text = readPostingFile(options.postingFile);
  // Loaded only here: reading a posting loads the HTML parser and the language model.
  const { detectPostingFormat } = await import('../../io/posting-import.js');
  const stored =
    detectPostingFormat(text) === 'html' ? { postingHtml: text } : { postingText: text };
  if (options.company && options.role) return stored;
  const { analyzeJobRequest } = await import('../../app/analyze-job.js');
  const job = analyzeJobRequest({ text });
  return { ...stored, company: options.company ?? job.company, role: options.role ?? job.title };
}

export function registerOpportunity(program: Command, runtime: CliRuntime): void {
  const opportunity = program
    .command('opportunity')
    .description('Add, list and show opportunities');

  opportunity
    .command('add')
    .description('Add an opportunity (a role at a company)')
    .option('--company <name>', 'company name (taken from --posting-file when left out)')
    .option('--role <title>', 'role title (taken from --posting-file when left out)')
    .option('--location <text>', 'where the job is')
    .option('--posting-url <url>', 'address of the job posting')
    .option('--posting-file <file>', 'the job posting saved as text, Markdown or HTML')
    .option('--status <status>', `one of ${opportunityStatuses.join(', ')}`)
    .option('--json', 'print the created opportunity as JSON')
    .action(async (options: AddOptions) => {
      const posting = await postingFields(options);
      const company = options.company ?? ('company' in posting ? posting.company : undefined);
      const role = options.role ?? ('role' in posting ? posting.role : undefined);
      if (!company || !role) {
        throw new UsageError(
          `give --company and --role${options.postingFile ? ' (the posting does not name them)' : ', or a --posting-file that names them'}.`,
        );
      }
      const record = await withWorkspace(runtime, (ctx) =>
        createRecord(ctx, 'opportunity', {
          location: options.location,
          postingUrl: options.postingUrl,
          status: options.status,
          ...posting,
          company,
          role,
        }),
      );
      if (options.json) printJson(runtime, record);
      else runtime.out(`Added opportunity ${record.id}: ${record.role} at ${record.company}`);
    });

  opportunity
    .command('list')
    .description('List opportunities')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const records = await withWorkspace(runtime, (ctx) => listRecords(ctx, 'opportunity'));
      if (options.json) return printJson(runtime, records);
      if (records.length === 0) {
        runtime.out(
          'No opportunities yet. Add one with `roundtwo opportunity add --company … --role …`.',
        );
      }
      for (const record of records) {
        runtime.out(`${record.id}  ${record.role} at ${record.company}  [${record.status}]`);
      }
    });

  opportunity
    .command('show')
    .description('Show an opportunity with its rounds and interviewers')
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--json', 'print as JSON')
    .action(async (reference: string, options: { json?: boolean }) => {
      const view = await withWorkspace(runtime, async (ctx) => {
        const id = await resolveRecordId(ctx, 'opportunity', reference);
        return {
          opportunity: await getRecord(ctx, 'opportunity', id),
          rounds: await listRecords(ctx, 'round', { opportunityId: id }),
          interviewers: await listRecords(ctx, 'interviewer', { opportunityId: id }),
        };
      });
      if (options.json) return printJson(runtime, view);
      const { opportunity: record, rounds, interviewers } = view;
      runtime.out(`${record.role} at ${record.company}  [${record.status}]`);
      runtime.out(`id: ${record.id}`);
      if (record.location) runtime.out(`location: ${record.location}`);
      if (record.postingUrl) runtime.out(`posting: ${record.postingUrl}`);
      runtime.out(`\nRounds (${rounds.length}):`);
      for (const round of rounds) {
        const when = round.startsAt
          ? formatInZone(round.startsAt, round.timeZone)
          : 'not scheduled';
        const formats = round.formats.length > 0 ? `  ${round.formats.join(', ')}` : '';
        runtime.out(
          `  Round ${round.number ?? '?'}  ${when}${formats}  [${round.status}]  ${round.id}`,
        );
      }
      runtime.out(`\nInterviewers (${interviewers.length}):`);
      for (const person of interviewers) {
        const role = [person.title, person.audienceKind?.replace('_', ' ')]
          .filter(Boolean)
          .join(', ');
        runtime.out(`  ${person.name}${role ? ` (${role})` : ''}  ${person.id}`);
      }
    });
}
