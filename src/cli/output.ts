import { createInterface } from 'node:readline';
import type { AppContext } from '../app/context.js';
import { openConfiguredWorkspace, settingsFrom, type Settings } from './environment.js';

/** Bad usage of the command line: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What a command may touch: its output streams, the environment, the configured data. */
export interface CliRuntime {
  readonly env: NodeJS.ProcessEnv;
  /** Writes a line to standard output. */
  out(text: string): void;
  /** Writes text to standard output as it is. */
  write(text: string): void;
  err(text: string): void;
  settings(): Settings;
  stdin(): Promise<string>;
  /** Standard input line by line, as it arrives. */
  stdinLines(): AsyncIterable<string>;
}

export function processRuntime(globalOptions: () => { dataDir?: string }): CliRuntime {
  return {
    env: process.env,
    out: (text) => process.stdout.write(`${text}\n`),
    write: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(`${text}\n`),
    settings: () => settingsFrom(process.env, globalOptions().dataDir),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}

/** Opens the workspace for one command and closes it afterwards, whatever happens. */
export async function withWorkspace<T>(
  runtime: CliRuntime,
  work: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  const workspace = await openConfiguredWorkspace(runtime.settings());
  try {
    return await work(workspace.ctx);
  } finally {
    await workspace.close();
  }
}

export function printJson(runtime: CliRuntime, value: unknown): void {
  runtime.out(JSON.stringify(value, null, 2));
}

export function parsePort(text: string): number {
  const port = Number(text);
  if (text.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`"${text}" is not a port number (1–65535, or 0 for any free port).`);
  }
  return port;
}

export function parseInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value))
    throw new UsageError(`--${name} must be a whole number, not "${text}".`);
  return value;
}

/** Collects a repeatable option (`--tag a --tag b`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
