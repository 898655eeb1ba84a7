import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '../../bin/roundtwo');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const freshDataDir = () => mkdtempSync(join(tmpdir(), 'roundtwo-cli-'));

/** Runs `bin/roundtwo` as a user would, in its own data directory, with a clean environment. */
export function roundtwo(dataDir: string, args: readonly string[], input?: string): CliResult {
  const result = spawnSync(BIN, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ROUNDTWO_DATA_DIR: dataDir, TZ: 'UTC' },
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `roundtwo serve` and resolves with its URL once it says it is running. */
export function startServe(dataDir: string, args: readonly string[] = []) {
  const child = spawn(BIN, ['serve', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ROUNDTWO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { child, ready, stop, output: () => output };
}
