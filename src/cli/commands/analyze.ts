import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatAnswerReport, formatAskReport, formatNoteReport } from '../analysis-report.js';
import { formatJobReport } from '../job-report.js';
import { mapJsonLines } from '../json-lines.js';
import { printJson, UsageError, type CliRuntime } from '../output.js';
import { registerAnalyzeAudio } from './analyze-audio.js';

// The analysers load a 3.8 MB language model and the dictionary: load them when an analysis
// runs, so that every other command starts fast.
const analyses = () => import('../../app/analyze.js');
const jobAnalysis = () => import('../../app/analyze-job.js');
const spelling = async () => (await import('../../io/spelling.js')).loadSpellChecker();
import { postingFormats, type PostingFormat } from '../../domain/posting.js';

interface CommonOptions {
  file?: string;
  json?: boolean;
  jsonl?: boolean;
}

/** The one text to analyse: --file, or all of standard input. */
async function readText(runtime: CliRuntime, file: string | undefined): Promise<string> {
  if (file === undefined) return runtime.stdin();
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read --file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

function readOptionalFile(option: string, file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${option} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

function parseSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--seconds must be a positive number, not "${text}".`);
  return seconds;
}

function parseFormat(text: string | undefined): PostingFormat | undefined {
  if (text === undefined) return undefined;
  const format = postingFormats.find((known) => known === text);
  if (format === undefined)
    throw new UsageError(`--format must be one of ${postingFormats.join(', ')}, not "${text}".`);
  return format;
}

function checkModes(options: CommonOptions): void {
  if (options.jsonl && options.file)
    throw new UsageError('--jsonl reads JSON lines from standard input; leave out --file.');
}

export function registerAnalyze(program: Command, runtime: CliRuntime): void {
  const analyze = program
    .command('analyze')
    .description(
      'Analyse an answer, a recording, a question to ask, a thank-you note or a job posting (offline, deterministic)',
    );
  registerAnalyzeAudio(analyze, runtime);

  analyze
    .command('answer')
    .description(
      'Analyse an interview answer or story: STAR parts, measured result, tone, length, pace',
    )
    .option('--file <file>', 'read the answer from a file (default: standard input)')
    .option(
      '--question <text>',
      'the question it answers (a non-story question skips the STAR checks)',
    )
    .option('--seconds <n>', 'how long the spoken answer took, for pace and filler rate')
    .option('--json', 'print the full analysis as JSON')
    .option(
      '--jsonl',
      'batch: read {"id","answer","question"?,"seconds"?} lines from stdin, write one result line each',
    )
    .addHelpText(
      'after',
      '\nJSON lines output: {"id","words","estimatedSeconds","star":{"situation","task","action","result"},"resultQuantified","findings":[…]}\nor {"id","error"} for a line that cannot be analysed.',
    )
    .action(async (options: CommonOptions & { question?: string; seconds?: string }) => {
      const { analyzeAnswerRequest, summarizeAnswer } = await analyses();
      checkModes(options);
      if (options.jsonl) {
        await mapJsonLines(runtime, (input) => summarizeAnswer(analyzeAnswerRequest(input)));
        return;
      }
      const answer = await readText(runtime, options.file);
      const seconds = parseSeconds(options.seconds);
      const result = analyzeAnswerRequest({
        answer,
        ...(options.question === undefined ? {} : { question: options.question }),
        ...(seconds === undefined ? {} : { seconds }),
      });
      if (options.json) printJson(runtime, result);
      else runtime.out(formatAnswerReport(answer, result));
    });

  analyze
    .command('ask')
    .description(
      'Analyse a question you mean to ask: category, and whether it is premature, answered by the website, closed, or a repeat',
    )
    .option('--file <file>', 'read the question from a file (default: standard input)')
    .option('--stage <stage>', 'before_offer (default) or after_offer')
    .option('--round-one-file <file>', 'questions already asked in round 1, one per line')
    .option('--json', 'print the full analysis as JSON')
    .option(
      '--jsonl',
      'batch: read {"id","question","stage"?} lines from stdin, write one result line each',
    )
    .addHelpText(
      'after',
      '\nJSON lines output: {"id","category","findings":[…]} or {"id","error"}.',
    )
    .action(async (options: CommonOptions & { stage?: string; roundOneFile?: string }) => {
      const { analyzeAskRequest, summarizeAsk } = await analyses();
      checkModes(options);
      if (options.jsonl) {
        await mapJsonLines(runtime, (input) => summarizeAsk(analyzeAskRequest(input)));
        return;
      }
      const question = (await readText(runtime, options.file)).trim();
      const roundOne = readOptionalFile('--round-one-file', options.roundOneFile)
        ?.split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      const result = analyzeAskRequest({
        question,
        ...(options.stage === undefined ? {} : { stage: options.stage }),
        ...(roundOne === undefined ? {} : { roundOneQuestions: roundOne }),
      });
      if (options.json) printJson(runtime, result);
      else runtime.out(formatAskReport(question, result));
    });

  analyze
    .command('note')
    .description(
      'Analyse a thank-you note: placeholders, specifics, duplicates, length, name, spelling, timing',
    )
    .option('--file <file>', 'read the note from a file (default: standard input)')
    .option('--interviewer-name <name>', 'who the note is for')
    .option('--conversation-file <file>', 'your notes on what you discussed with that person')
    .option('--json', 'print the full analysis as JSON')
    .option(
      '--jsonl',
      'batch: read {"id","body","interviewerName"?,"conversationNotes"?,"otherNotes"?} lines from stdin',
    )
    .addHelpText('after', '\nJSON lines output: {"id","findings":[…]} or {"id","error"}.')
    .action(
      async (options: CommonOptions & { interviewerName?: string; conversationFile?: string }) => {
        checkModes(options);
        const { analyzeNoteRequest, summarizeNote } = await analyses();
        const isCorrectlySpelled = await spelling();
        if (options.jsonl) {
          await mapJsonLines(runtime, (input) =>
            summarizeNote(analyzeNoteRequest(input, isCorrectlySpelled)),
          );
          return;
        }
        const body = await readText(runtime, options.file);
        const conversation = readOptionalFile('--conversation-file', options.conversationFile);
        const result = analyzeNoteRequest(
          {
            body,
            ...(options.interviewerName === undefined
              ? {}
              : { interviewerName: options.interviewerName }),
            ...(conversation === undefined ? {} : { conversationNotes: conversation }),
          },
          isCorrectlySpelled,
        );
        if (options.json) printJson(runtime, result);
        else runtime.out(formatNoteReport(body, result));
      },
    );

  analyze
    .command('job')
    .description(
      'Read a job posting (text, Markdown, saved HTML page, JSON) and list its requirements, preferred qualifications, responsibilities and skills',
    )
    .option('--file <file>', 'read the posting from a file (default: standard input)')
    .option('--format <format>', 'text, markdown, html or json (default: detected)')
    .option('--json', 'print the full result as JSON')
    .option(
      '--jsonl',
      'batch: read {"id","text","format"?} lines from stdin, write one result line each',
    )
    .addHelpText(
      'after',
      '\nJSON lines output: {"id","title"?,"company"?,"requirements":[…],"preferred":[…],"responsibilities":[…],"skills":[…]}\nor {"id","error"} for a line that cannot be read.',
    )
    .action(async (options: CommonOptions & { format?: string }) => {
      const { analyzeJobRequest, summarizeJob } = await jobAnalysis();
      checkModes(options);
      if (options.jsonl) {
        if (options.format !== undefined)
          throw new UsageError('--jsonl takes each line\'s "format"; leave out --format.');
        await mapJsonLines(runtime, (input) => summarizeJob(analyzeJobRequest(input)));
        return;
      }
      const format = parseFormat(options.format);
      const text = await readText(runtime, options.file);
      const result = analyzeJobRequest({ text, ...(format === undefined ? {} : { format }) });
      if (options.json) printJson(runtime, result);
      else runtime.out(formatJobReport(result));
    });
}
