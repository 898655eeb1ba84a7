// Coach benchmark: latency of analysing a 300-word answer (warm) against a bare NLP pass over the
// same text in the same run, and batch throughput of `roundtwo analyze answer --jsonl`.
// Budgets (issue 3): median ≤ 1 ms, median ≤ 3× the bare pass, batch ≥ 1,000 answers/s.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyseAnswer } from '../src/coach/answer-analysis.js';
import { quantile, timeRuns } from './measure.js';

const answer = [
  'In my last role I ran customer support for a payroll software company with about 2,000 small-business clients.',
  'Every January our queue tripled, because clients filed year-end forms at the last minute and many of them got stuck on the same three screens.',
  'The year before I joined, the backlog had reached 900 tickets and the average first reply took four days, which cost us several renewals.',
  'I was asked to get us through January without hiring temporary staff and without letting the first reply slip past one working day.',
  'I started by reading two hundred of the previous year’s tickets and sorting them by the screen the client was on when they wrote in.',
  'Three screens caused almost sixty per cent of the tickets, so I wrote short guides with screenshots for each of them and worked with the product team to link the guides from those screens.',
  'I also set up a daily fifteen-minute huddle in which the team picked the oldest tickets first, and I took the hardest ones myself so that newer colleagues were not stuck with them.',
  'In December I emailed every client who had filed late the year before, with the guides and a reminder of the deadline.',
  'As a result, January tickets fell by 35% compared with the previous year, the backlog never went above 150, and the average first reply stayed under seven hours.',
  'Two of the guides are still the most visited pages of our help centre.',
  'I learned that the fastest way to shorten a queue is to stop the tickets from being written, and I now look at where requests come from before I look at how we answer them.',
].join(' ');

const nlp = winkNLP(model, ['sbd', 'pos']);
/* eslint-disable @typescript-eslint/unbound-method */
const its = nlp.its;
function barePass(text: string): number {
  const doc = nlp.readDoc(text);
  return doc.tokens().out(its.pos).length + doc.sentences().out().length;
}
/* eslint-enable @typescript-eslint/unbound-method */

function measure(label: string, run: () => unknown, iterations = 3000) {
  const times = timeRuns(run, iterations, 500);
  return { label, median: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

function batchThroughput(count: number): Promise<number> {
  const lines = Array.from({ length: count }, (_, id) => JSON.stringify({ id, answer })).join('\n');
  const bin = join(import.meta.dirname, '../bin/roundtwo');
  const started = performance.now();
  const child = spawn(bin, ['analyze', 'answer', '--jsonl'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let outputLines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) outputLines += 1;
  });
  child.stdin.end(lines);
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => {
      if (code !== 0 || outputLines !== count)
        reject(new Error(`batch exited ${code} with ${outputLines}/${count} lines`));
      else resolve(count / ((performance.now() - started) / 1000));
    }),
  );
}

const words = analyseAnswer(answer).words;
const bare = measure('bare wink-nlp pass (tokens, POS, sentences)', () => barePass(answer));
const full = measure('analyseAnswer', () => analyseAnswer(answer));
const perSecond = await batchThroughput(5000);

console.log(`Coach latency on a ${words}-word answer, warm, 3,000 runs (ms):`);
for (const row of [bare, full]) {
  console.log(
    `  ${row.label.padEnd(46)} median ${row.median.toFixed(3)}  p99 ${row.p99.toFixed(3)}`,
  );
}
const ratio = full.median / bare.median;
console.log(`  ratio to the bare pass: ${ratio.toFixed(2)}×`);
console.log(
  `Batch: roundtwo analyze answer --jsonl, 5,000 answers in one process: ${Math.round(perSecond)} answers/s`,
);
const budgets = [
  ['median ≤ 1 ms', full.median <= 1],
  ['median ≤ 3× bare pass', ratio <= 3],
  ['batch ≥ 1,000 answers/s', perSecond >= 1000],
] as const;
for (const [budget, met] of budgets) console.log(`  budget ${budget}: ${met ? 'met' : 'MISSED'}`);
