/**
 * Scores the coach's analysers against the hand-labelled development sets in this folder.
 *
 *   npm run eval                   tables per set and label
 *   npm run eval -- --verbose      also every mismatch (id, label, expected vs got, message)
 *   npm run eval -- --set asks     only one set (answers | asks | notes)
 *   npm run eval -- --modules DIR  score another implementation laid out like src/
 *
 * Exits 0 whatever the scores are; exits 1 only when a data file is malformed, naming file:line.
 */
import { askCategories as askCategoryNames } from '../src/domain/question-to-ask.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const evalDir = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------------
// Label vocabularies
// ---------------------------------------------------------------------------------------------

const starParts = ['situation', 'task', 'action', 'result'] as const;
type StarPart = (typeof starParts)[number];

const answerKinds = [
  'missing_situation',
  'missing_task',
  'missing_action',
  'missing_result',
  'result_not_quantified',
  'boastful',
  'negative_about_employer',
  'unclear_ownership',
  'hedging',
  'filler_words',
  'too_long',
  'too_short',
  'pace_too_fast',
  'pace_too_slow',
] as const;

const askKinds = [
  'premature_compensation',
  'answerable_by_website',
  'closed_yes_no',
  'repeats_round_one',
] as const;

// The categories are the product's own (the labels, not the analysers, are independent).
const askCategories = askCategoryNames;

const noteKinds = [
  'placeholder_left',
  'no_specific_reference',
  'same_as_other_note',
  'too_long',
  'missing_name',
  'spelling',
  'late',
] as const;

// ---------------------------------------------------------------------------------------------
// Schemas: strict, so a misspelt key or label is an error, plus cross-field consistency rules
// ---------------------------------------------------------------------------------------------

const text = z.string().trim().min(1);
const instant = z.iso.datetime({ offset: true });

function uniqueFindings(findings: readonly string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const kind of findings) {
    if (seen.has(kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', 'findings'],
        message: `"${kind}" listed twice`,
      });
    }
    seen.add(kind);
  }
}

const answerCase = z
  .strictObject({
    id: z.string().regex(/^a\d+$/, 'answer ids look like "a01"'),
    question: text,
    answer: text,
    seconds: z.number().positive().optional(),
    source: text,
    labels: z.strictObject({
      star: z.strictObject({
        situation: z.boolean(),
        task: z.boolean(),
        action: z.boolean(),
        result: z.boolean(),
      }),
      reflection: z.boolean(),
      resultQuantified: z.boolean(),
      findings: z.array(z.enum(answerKinds)),
    }),
  })
  .superRefine((c, ctx) => {
    const { star, findings, resultQuantified } = c.labels;
    uniqueFindings(findings, ctx);
    for (const part of starParts) {
      if (findings.includes(`missing_${part}`) === star[part]) {
        ctx.addIssue({
          code: 'custom',
          path: ['labels', 'findings'],
          message: `missing_${part} must be listed exactly when star.${part} is false`,
        });
      }
    }
    if (resultQuantified && !star.result) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', 'resultQuantified'],
        message: 'resultQuantified is true but star.result is false',
      });
    }
    if (findings.includes('result_not_quantified') !== (star.result && !resultQuantified)) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', 'findings'],
        message:
          'result_not_quantified must be listed exactly when star.result is true and resultQuantified is false',
      });
    }
    if (c.seconds === undefined) {
      for (const kind of ['filler_words', 'pace_too_fast', 'pace_too_slow'] as const) {
        if (findings.includes(kind)) {
          ctx.addIssue({
            code: 'custom',
            path: ['labels', 'findings'],
            message: `${kind} needs "seconds" (a spoken transcript)`,
          });
        }
      }
    }
  });

const askCase = z
  .strictObject({
    id: z.string().regex(/^q\d+$/, 'question ids look like "q01"'),
    question: text,
    stage: z.enum(['before_offer', 'after_offer']).optional(),
    roundOne: z.array(text).min(1).optional(),
    source: text,
    labels: z.strictObject({
      category: z.enum(askCategories),
      findings: z.array(z.enum(askKinds)),
    }),
  })
  .superRefine((c, ctx) => {
    uniqueFindings(c.labels.findings, ctx);
    if (c.labels.findings.includes('repeats_round_one') && !c.roundOne) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', 'findings'],
        message: 'repeats_round_one needs "roundOne"',
      });
    }
    if (c.labels.findings.includes('premature_compensation') && c.stage === 'after_offer') {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', 'findings'],
        message: 'premature_compensation cannot apply after an offer',
      });
    }
  });

const noteCase = z
  .strictObject({
    id: z.string().regex(/^n\d+$/, 'note ids look like "n01"'),
    body: text,
    interviewerName: text.optional(),
    conversationNotes: text.optional(),
    otherNotes: z.array(text).min(1).optional(),
    interviewEndedAt: instant.optional(),
    sentAt: instant.optional(),
    knownWords: z.array(text).optional(),
    source: text,
    labels: z.strictObject({ findings: z.array(z.enum(noteKinds)) }),
  })
  .superRefine((c, ctx) => {
    uniqueFindings(c.labels.findings, ctx);
    if (c.labels.findings.includes('late') && !(c.interviewEndedAt && c.sentAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', 'findings'],
        message: 'late needs "interviewEndedAt" and "sentAt"',
      });
    }
    if (c.labels.findings.includes('same_as_other_note') && !c.otherNotes) {
      ctx.addIssue({
        code: 'custom',
        path: ['labels', 'findings'],
        message: 'same_as_other_note needs "otherNotes"',
      });
    }
  });

type AnswerCase = z.infer<typeof answerCase>;
type AskCase = z.infer<typeof askCase>;
type NoteCase = z.infer<typeof noteCase>;

class DataError extends Error {}

function loadSet<T extends { id: string }>(file: string, schema: z.ZodType<T>): T[] {
  const display = path.join('eval', file);
  let raw: string;
  try {
    raw = readFileSync(path.join(evalDir, file), 'utf8');
  } catch (error) {
    throw new DataError(`${display}: cannot read: ${describe(error)}`);
  }
  const cases: T[] = [];
  const lineOf = new Map<string, number>();
  raw.split('\n').forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new DataError(`${display}:${lineNo}: invalid JSON: ${describe(error)}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const id =
        typeof json === 'object' && json !== null && 'id' in json ? ` (id ${String(json.id)})` : '';
      const issues = parsed.error.issues
        .map((issue) => `  ${issue.path.join('.') || '(line)'}: ${issue.message}`)
        .join('\n');
      throw new DataError(`${display}:${lineNo}${id}: does not match the schema:\n${issues}`);
    }
    const previous = lineOf.get(parsed.data.id);
    if (previous !== undefined) {
      throw new DataError(
        `${display}:${lineNo}: duplicate id "${parsed.data.id}" (first on line ${previous})`,
      );
    }
    lineOf.set(parsed.data.id, lineNo);
    cases.push(parsed.data);
  });
  if (cases.length === 0) throw new DataError(`${display}: no cases`);
  return cases;
}

// ---------------------------------------------------------------------------------------------
// The analysers under test (loaded at run time, so a missing one skips its set)
// ---------------------------------------------------------------------------------------------

const emittedFinding = z.object({
  kind: z.string(),
  severity: z.string(),
  message: z.string(),
});
type EmittedFinding = z.infer<typeof emittedFinding>;

const answerResult = z.object({
  star: z.object({
    situation: z.boolean(),
    task: z.boolean(),
    action: z.boolean(),
    result: z.boolean(),
  }),
  reflection: z.boolean(),
  resultQuantified: z.boolean(),
  findings: z.array(emittedFinding),
});
const askResult = z.object({ category: z.string(), findings: z.array(emittedFinding) });
const noteResult = z.object({ findings: z.array(emittedFinding) });

type Fn = (...args: unknown[]) => unknown;

async function loadFunction(modulesDir: string, modulePath: string, name: string): Promise<Fn> {
  const url = pathToFileURL(path.join(modulesDir, modulePath)).href;
  const mod = (await import(url)) as Record<string, unknown>;
  const fn = mod[name];
  if (typeof fn !== 'function') throw new Error(`${modulePath} does not export ${name}()`);
  return fn as Fn;
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

interface Tally {
  support: number;
  tp: number;
  fp: number;
  fn: number;
}

interface Mismatch {
  id: string;
  label: string;
  expected: string;
  got: string;
  message?: string;
}

class Scorer {
  readonly tallies = new Map<string, Tally>();
  readonly mismatches: Mismatch[] = [];
  readonly errors: { id: string; error: string }[] = [];
  readonly unlabelledKinds = new Map<string, number>();
  scored = 0;

  constructor(
    readonly labels: readonly string[],
    readonly findingLabels: ReadonlySet<string>,
  ) {
    for (const label of labels) this.tallies.set(label, { support: 0, tp: 0, fp: 0, fn: 0 });
  }

  /** Scores one case: `expected` and `got` hold the positive labels; `messages` explains got. */
  add(
    id: string,
    expected: ReadonlySet<string>,
    got: ReadonlySet<string>,
    messages: Map<string, string>,
  ) {
    this.scored++;
    for (const label of this.labels) {
      const tally = this.tallies.get(label)!;
      const e = expected.has(label);
      const g = got.has(label);
      if (e) tally.support++;
      if (e && g) tally.tp++;
      else if (g) tally.fp++;
      else if (e) tally.fn++;
      if (e !== g) {
        this.mismatches.push({
          id,
          label,
          expected: e ? 'yes' : 'no',
          got: g ? 'yes' : 'no',
          ...(messages.has(label) ? { message: messages.get(label) } : {}),
        });
      }
    }
  }

  noteUnlabelled(kind: string) {
    this.unlabelledKinds.set(kind, (this.unlabelledKinds.get(kind) ?? 0) + 1);
  }
}

function ratio(numerator: number, denominator: number): number | undefined {
  return denominator === 0 ? undefined : numerator / denominator;
}

function scores(t: Omit<Tally, 'support'>) {
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  const f1 = ratio(2 * t.tp, 2 * t.tp + t.fp + t.fn);
  return { precision, recall, f1 };
}

function fmt(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(2);
}

function table(headers: string[], rows: string[][], alignLeft = 1): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < alignLeft ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function micro(scorer: Scorer, labels: readonly string[]) {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const label of labels) {
    const t = scorer.tallies.get(label)!;
    sum.tp += t.tp;
    sum.fp += t.fp;
    sum.fn += t.fn;
  }
  return { ...sum, ...scores(sum) };
}

function report(title: string, total: number, scorer: Scorer, verbose: boolean): void {
  console.log(`\n== ${title} (${scorer.scored} of ${total} cases scored) ==\n`);
  const rows = scorer.labels.map((label) => {
    const t = scorer.tallies.get(label)!;
    const s = scores(t);
    return [label, t.support, t.tp, t.fp, t.fn, fmt(s.precision), fmt(s.recall), fmt(s.f1)].map(
      String,
    );
  });
  const findingLabels = scorer.labels.filter((l) => scorer.findingLabels.has(l));
  const groups: [string, readonly string[]][] = [['micro, finding kinds', findingLabels]];
  if (findingLabels.length !== scorer.labels.length)
    groups.push(['micro, all labels', scorer.labels]);
  for (const [name, labels] of groups) {
    const m = micro(scorer, labels);
    const support = labels.reduce((n, l) => n + scorer.tallies.get(l)!.support, 0);
    rows.push(
      [name, support, m.tp, m.fp, m.fn, fmt(m.precision), fmt(m.recall), fmt(m.f1)].map(String),
    );
  }
  console.log(table(['label', 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], rows));
  if (scorer.unlabelledKinds.size > 0) {
    const list = [...scorer.unlabelledKinds].map(([k, n]) => `${k} ×${n}`).join(', ');
    console.log(`\nEmitted kinds this set does not label (not scored): ${list}`);
  }
  if (scorer.errors.length > 0) {
    console.log(`\n${scorer.errors.length} case(s) could not be scored:`);
    for (const e of scorer.errors) console.log(`  ${e.id}: ${e.error}`);
  }
  if (verbose && scorer.mismatches.length > 0) {
    console.log(`\nMismatches (${scorer.mismatches.length}):`);
    for (const m of scorer.mismatches) {
      const kind = m.expected === 'yes' ? 'FN' : 'FP';
      const message = m.message ? `  — ${m.message}` : '';
      console.log(`  ${m.id}  ${kind}  ${m.label}: expected ${m.expected}, got ${m.got}${message}`);
    }
  }
}

/** Emitted finding kinds (any severity counts) and, per kind, the messages that explain them. */
function collect(findings: readonly EmittedFinding[], scorer: Scorer) {
  const kinds = new Set<string>();
  const messages = new Map<string, string>();
  for (const f of findings) {
    if (!scorer.findingLabels.has(f.kind)) {
      if (!kinds.has(f.kind)) scorer.noteUnlabelled(f.kind);
    } else if (!messages.has(f.kind)) {
      messages.set(f.kind, f.message);
    }
    kinds.add(f.kind);
  }
  return { kinds, messages };
}

function describe(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// The three sets
// ---------------------------------------------------------------------------------------------

async function runAnswers(cases: AnswerCase[], modulesDir: string, verbose: boolean) {
  const starLabels = starParts.map((p) => `star.${p}`);
  const scorer = new Scorer(
    [...starLabels, 'reflection', 'resultQuantified', ...answerKinds],
    new Set(answerKinds),
  );
  let analyse: Fn;
  try {
    analyse = await loadFunction(modulesDir, 'coach/answer-analysis.js', 'analyseAnswer');
  } catch (error) {
    console.log(`\n== Answers: skipped, analyser not available (${describe(error)}) ==`);
    return;
  }
  for (const c of cases) {
    let result: z.infer<typeof answerResult>;
    try {
      const options: { question: string; seconds?: number } = { question: c.question };
      if (c.seconds !== undefined) options.seconds = c.seconds;
      result = answerResult.parse(analyse(c.answer, options));
    } catch (error) {
      scorer.errors.push({ id: c.id, error: describe(error) });
      continue;
    }
    const expected = new Set<string>(c.labels.findings);
    const { kinds: got, messages } = collect(result.findings, scorer);
    for (const part of starParts as readonly StarPart[]) {
      if (c.labels.star[part]) expected.add(`star.${part}`);
      if (result.star[part]) got.add(`star.${part}`);
    }
    if (c.labels.reflection) expected.add('reflection');
    if (result.reflection) got.add('reflection');
    if (c.labels.resultQuantified) expected.add('resultQuantified');
    if (result.resultQuantified) got.add('resultQuantified');
    scorer.add(c.id, expected, got, messages);
  }
  report('Answers', cases.length, scorer, verbose);
}

async function runAsks(cases: AskCase[], modulesDir: string, verbose: boolean) {
  const scorer = new Scorer(askKinds, new Set(askKinds));
  let analyse: Fn;
  try {
    analyse = await loadFunction(modulesDir, 'coach/ask-analysis.js', 'analyseQuestionToAsk');
  } catch (error) {
    console.log(`\n== Questions to ask: skipped, analyser not available (${describe(error)}) ==`);
    return;
  }
  const confusion = new Map<string, Map<string, number>>();
  const categoryMisses: Mismatch[] = [];
  let correct = 0;
  for (const c of cases) {
    let result: z.infer<typeof askResult>;
    try {
      const options: { stage: 'before_offer' | 'after_offer'; roundOneQuestions?: string[] } = {
        stage: c.stage ?? 'before_offer',
      };
      if (c.roundOne) options.roundOneQuestions = c.roundOne;
      result = askResult.parse(analyse(c.question, options));
    } catch (error) {
      scorer.errors.push({ id: c.id, error: describe(error) });
      continue;
    }
    const { kinds: got, messages } = collect(result.findings, scorer);
    scorer.add(c.id, new Set(c.labels.findings), got, messages);
    const row = confusion.get(c.labels.category) ?? new Map<string, number>();
    row.set(result.category, (row.get(result.category) ?? 0) + 1);
    confusion.set(c.labels.category, row);
    if (result.category === c.labels.category) correct++;
    else
      categoryMisses.push({
        id: c.id,
        label: 'category',
        expected: c.labels.category,
        got: result.category,
      });
  }
  report('Questions to ask', cases.length, scorer, verbose);
  if (scorer.scored === 0) return;
  console.log(
    `\nCategory accuracy: ${correct}/${scorer.scored} = ${fmt(correct / scorer.scored)}` +
      '  (rows: expected, columns: got)\n',
  );
  const gotCategories = new Set<string>(askCategories);
  for (const row of confusion.values()) for (const got of row.keys()) gotCategories.add(got);
  const columns = [...gotCategories];
  const rows = askCategories.map((expected) => [
    expected,
    ...columns.map((got) => String(confusion.get(expected)?.get(got) ?? 0).replace(/^0$/, '.')),
  ]);
  console.log(table(['expected \\ got', ...columns], rows));
  if (verbose && categoryMisses.length > 0) {
    console.log(`\nCategory mismatches (${categoryMisses.length}):`);
    for (const m of categoryMisses) {
      console.log(`  ${m.id}  category: expected ${m.expected}, got ${m.got}`);
    }
  }
}

async function runNotes(cases: NoteCase[], modulesDir: string, verbose: boolean) {
  const scorer = new Scorer(noteKinds, new Set(noteKinds));
  let analyse: Fn;
  try {
    analyse = await loadFunction(modulesDir, 'coach/note-analysis.js', 'analyseThankYouNote');
  } catch (error) {
    console.log(`\n== Thank-you notes: skipped, analyser not available (${describe(error)}) ==`);
    return;
  }
  let isCorrectlySpelled: ((word: string) => boolean) | undefined;
  try {
    const load = await loadFunction(modulesDir, 'io/spelling.js', 'loadSpellChecker');
    const checker = await load();
    if (typeof checker !== 'function')
      throw new Error('loadSpellChecker() did not return a function');
    isCorrectlySpelled = checker as (word: string) => boolean;
  } catch (error) {
    console.log(`\n(Spell checker not available, notes run without it: ${describe(error)})`);
  }
  for (const c of cases) {
    let result: z.infer<typeof noteResult>;
    try {
      const { id: _id, body, source: _source, labels: _labels, ...context } = c;
      const options = isCorrectlySpelled ? { ...context, isCorrectlySpelled } : context;
      result = noteResult.parse(analyse(body, options));
    } catch (error) {
      scorer.errors.push({ id: c.id, error: describe(error) });
      continue;
    }
    const { kinds: got, messages } = collect(result.findings, scorer);
    scorer.add(c.id, new Set(c.labels.findings), got, messages);
  }
  report('Thank-you notes', cases.length, scorer, verbose);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      set: { type: 'string', multiple: true },
      modules: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npm run eval -- [--verbose] [--set answers|asks|notes]... [--modules DIR]\n' +
        'Scores src/coach analysers against eval/*.jsonl. See eval/README.md.',
    );
    return 0;
  }
  const sets = new Set(values.set ?? ['answers', 'asks', 'notes']);
  for (const s of sets) {
    if (!['answers', 'asks', 'notes'].includes(s)) {
      console.error(`Unknown set "${s}"; expected answers, asks or notes.`);
      return 1;
    }
  }
  const modulesDir = path.resolve(values.modules ?? path.join(evalDir, '..', 'src'));

  let answers: AnswerCase[], asks: AskCase[], notes: NoteCase[];
  try {
    answers = loadSet('answers.jsonl', answerCase);
    asks = loadSet('asks.jsonl', askCase);
    notes = loadSet('notes.jsonl', noteCase);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`Malformed evaluation data: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(
    `Round Two coach evaluation: ${answers.length} answers, ${asks.length} questions to ask, ` +
      `${notes.length} thank-you notes (analysers from ${path.relative(process.cwd(), modulesDir) || '.'})`,
  );
  if (sets.has('answers')) await runAnswers(answers, modulesDir, values.verbose);
  if (sets.has('asks')) await runAsks(asks, modulesDir, values.verbose);
  if (sets.has('notes')) await runNotes(notes, modulesDir, values.verbose);
  return 0;
}

process.exitCode = await main();
