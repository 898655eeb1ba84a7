import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A `roundtwo serve` process on a port of 127.0.0.1, as a user would run it. */
export interface AppServer {
  readonly url: string;
  /** Stops it the way Ctrl+C does (SIGTERM) and waits for the process to exit. */
  stop(): Promise<void>;
}

/** A port that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts the built CLI (`node bin/roundtwo serve`) on `dataDir` and resolves once it prints the
 * address it serves; a process that exits first or stays silent fails with its output.
 */
export async function startAppServer(dataDir: string, port: number): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, ROUNDTWO_DATA_DIR: dataDir };
  delete env.DATABASE_URL; // this journey is about the default SQLite file
  delete env.PORT;
  const child = spawn(process.execPath, ['bin/roundtwo', 'serve', '--port', String(port)], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`roundtwo serve did not start within 15 s:\n${output}`)),
        15_000,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`roundtwo serve exited with code ${code}:\n${output}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
