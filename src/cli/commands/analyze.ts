import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyzeAnswerRequest, summarizeAnswer } from '../../app/analyze.js';
import { formatAnswerReport } from '../analysis-report.js';
import { mapJsonLines } from '../json-lines.js';
import { printJson, UsageError, type CliRuntime } from '../output.js';

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

function parseSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new UsageError(`--seconds must be a positive number, not "${text}".`);
  return seconds;
}

function checkModes(options: CommonOptions): void {
  if (options.jsonl && options.file)
    throw new UsageError('--jsonl reads JSON lines from standard input; leave out --file.');
}

export function registerAnalyze(program: Command, runtime: CliRuntime): void {
  const analyze = program
    .command('analyze')
    .description(
      'Analyse an answer, a question to ask or a thank-you note (offline, deterministic)',
    );

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
}
