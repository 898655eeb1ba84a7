// Start-up benchmark: time from spawning `roundtwo serve` to its first answered request, against
// a bare Node HTTP server started the same way in the same run (the baseline). Also times a CLI
// read (`opportunity list`) against `node -e ""`. Run with `npm run bench` after `npm run build`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const bin = join(import.meta.dirname, '../bin/roundtwo');
const baselineServer = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log('running at http://127.0.0.1:' + this.address().port + '/') })`;

/** Spawns a server and resolves with the ms until its first successful response. */
function timeToFirstResponse(command, args, env, path) {
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', async (chunk) => {
      output += chunk;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match || child.answered) return;
      child.answered = true;
      const response = await fetch(`${match[1]}${path}`);
      await response.text();
      const elapsed = performance.now() - started;
      child.kill('SIGTERM');
      child.once('exit', () => resolve(elapsed));
    });
    child.once('exit', (code) => {
      if (!child.answered) reject(new Error(`${command} exited with ${code} before answering`));
    });
  });
}

function timeCommand(command, args, env) {
  const started = performance.now();
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  return new Promise((resolve, reject) =>
    child.once('exit', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`${command} exited ${code}`)),
    ),
  );
}

async function measure(label, run) {
  await run(); // warm the file cache
  const times = [];
  for (let index = 0; index < RUNS; index += 1) times.push(await run());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  return { label, median, min: times[0], max: times[times.length - 1] };
}

const dataDir = mkdtempSync(join(tmpdir(), 'roundtwo-bench-'));
try {
  const env = { ROUNDTWO_DATA_DIR: dataDir };
  await timeCommand(bin, ['example'], env);
  const rows = [
    await measure('node http server → first response (baseline)', () =>
      timeToFirstResponse(process.execPath, ['-e', baselineServer], {}, ''),
    ),
    await measure('roundtwo serve → first /healthz', () =>
      timeToFirstResponse(bin, ['serve', '--port', '0'], env, 'healthz'),
    ),
    await measure('roundtwo serve → first page (/)', () =>
      timeToFirstResponse(bin, ['serve', '--port', '0'], env, ''),
    ),
    await measure('node -e "" (baseline)', () => timeCommand(process.execPath, ['-e', ''], {})),
    await measure('roundtwo opportunity list', () =>
      timeCommand(bin, ['opportunity', 'list'], env),
    ),
  ];
  console.log(`Start-up, ${RUNS} runs each (median, min–max, ms):`);
  for (const row of rows) {
    console.log(
      `  ${row.label.padEnd(48)} ${row.median.toFixed(0).padStart(5)}  (${row.min.toFixed(0)}–${row.max.toFixed(0)})`,
    );
  }
  const [serverBaseline, serve, , cliBaseline, cli] = rows;
  console.log(
    `roundtwo serve costs ${(serve.median - serverBaseline.median).toFixed(0)} ms over a bare Node server; a CLI read ${(cli.median - cliBaseline.median).toFixed(0)} ms over bare Node.`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
