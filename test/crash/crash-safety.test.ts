import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listRecords } from '../../src/app/records.js';
import { openConfiguredWorkspace } from '../../src/cli/environment.js';
import { freshDataDir } from '../support/cli.js';

const WRITER = join(import.meta.dirname, 'writer.mjs');

/** Starts the writer, lets it acknowledge at least `writes` stories, then kills it with SIGKILL. */
function writeThenKill(dataDir: string, writes: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let pending = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line !== 'ready') acknowledged.push(line);
      if (acknowledged.length >= writes && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer stopped on its own (${signal ?? _code}): ${errors}`));
    });
  });
}

test('every write acknowledged before a SIGKILL is there after reopening (5 kills)', async () => {
  const dataDir = freshDataDir();
  const acknowledged: string[] = [];
  // Kill at different points of the write stream, each time on top of what earlier runs left.
  for (const writes of [25, 60, 110, 40, 150]) {
    acknowledged.push(...(await writeThenKill(dataDir, writes)));
    const workspace = await openConfiguredWorkspace({ dataDir, databaseUrl: undefined });
    try {
      const stored = new Set((await listRecords(workspace.ctx, 'story')).map((story) => story.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost, `lost after ${acknowledged.length} acknowledged writes`).toEqual([]);
    } finally {
      await workspace.close();
    }
  }
  expect(acknowledged.length).toBeGreaterThanOrEqual(385);
}, 60_000);
