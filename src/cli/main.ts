import { Command, CommanderError } from 'commander';
import { AppError, ValidationError } from '../app/errors.js';
import { LocalTimeError } from '../domain/local-time.js';
import { DatabaseUnavailableError } from '../store/errors.js';
import { DatabaseNewerThanCodeError, MigrationFailedError } from '../store/migrate.js';
import { DataDirectoryError } from './environment.js';
import { PortInUseError } from '../server/listen.js';
import { registerAfterRound } from './commands/after-round.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerBrief } from './commands/brief.js';
import { registerDebrief } from './commands/debrief.js';
import { registerFit } from './commands/fit.js';
import { registerOpportunity } from './commands/opportunity.js';
import { registerPlan } from './commands/plan.js';
import { registerPrep } from './commands/prep.js';
import { registerRound } from './commands/round.js';
import { registerInterviewer } from './commands/interviewer.js';
import { registerServe } from './commands/serve.js';
import { registerResume } from './commands/resume.js';
import { registerStatus } from './commands/status.js';
import { registerStory } from './commands/story.js';
import { registerTransfer } from './commands/transfer.js';
import { registerFollowThrough } from './commands/follow-through.js';
import { processRuntime, UsageError, type CliRuntime } from './output.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function buildProgram(runtime: CliRuntime): Command {
  const program = new Command('roundtwo')
    .description('Round Two: prepare a second interview, locally.')
    .option('--data-dir <dir>', 'data directory (default: ROUNDTWO_DATA_DIR or ./data)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => runtime.out(text.trimEnd()),
      writeErr: (text) => runtime.err(text.trimEnd()),
    })
    .addHelpText(
      'after',
      '\nEnvironment:\n  ROUNDTWO_DATA_DIR  data directory (default ./data)\n  DATABASE_URL       use PostgreSQL instead of the SQLite file in the data directory\n  PORT               port for `serve` (default 4312)\n  ROUNDTWO_TRANSCRIBE_URL  an OpenAI-compatible speech-to-text server for transcripts (see `analyze audio --help`)\n\nExit codes: 0 ok, 1 failed, 2 bad usage.',
    );
  registerServe(program, runtime);
  registerOpportunity(program, runtime);
  registerRound(program, runtime);
  registerInterviewer(program, runtime);
  registerStory(program, runtime);
  registerResume(program, runtime);
  registerTransfer(program, runtime);
  registerAnalyze(program, runtime);
  registerDebrief(program, runtime);
  registerFit(program, runtime);
  registerPlan(program, runtime);
  registerFollowThrough(program, runtime);
  registerStatus(program, runtime);
  registerBrief(program, runtime);
  registerAfterRound(program, runtime);
  registerPrep(program, runtime);
  for (const command of program.commands) {
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
    for (const sub of command.commands)
      sub.exitOverride().showHelpAfterError('(run with --help for usage)');
  }
  return program;
}

/** Runs the command line and returns the exit code; never throws. */
export async function run(argv: readonly string[], runtime?: CliRuntime): Promise<number> {
  const holder: { program?: Command } = {};
  const io = runtime ?? processRuntime(() => holder.program?.opts<{ dataDir?: string }>() ?? {});
  const program = (holder.program = buildProgram(io));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return report(io, error);
  }
}

function report(runtime: CliRuntime, error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed help or the usage error.
    return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  }
  if (error instanceof UsageError || error instanceof LocalTimeError) {
    runtime.err(`roundtwo: ${error.message}`);
    return EXIT_USAGE;
  }
  if (error instanceof ValidationError) {
    runtime.err(`roundtwo: ${error.message}`);
    for (const issue of error.issues.slice(3)) runtime.err(`  ${issue.field}: ${issue.message}`);
    return EXIT_USAGE;
  }
  if (
    error instanceof AppError ||
    error instanceof PortInUseError ||
    error instanceof DatabaseNewerThanCodeError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof DataDirectoryError ||
    error instanceof MigrationFailedError
  ) {
    runtime.err(`roundtwo: ${error.message}`);
    return EXIT_FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  runtime.err(`roundtwo: unexpected error: ${message}`);
  if (runtime.env.ROUNDTWO_DEBUG && error instanceof Error && error.stack) runtime.err(error.stack);
  return EXIT_FAILED;
}
