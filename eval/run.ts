/**
 * Scores the coach's analysers against the hand-labelled development sets in this folder.
 *
 *   npm run eval                   tables per set and label
 *   npm run eval -- --verbose      also every mismatch (id, label, expected vs got, message)
 *   npm run eval -- --set asks     only one set (answers | asks | notes | postings)
 *   npm run eval -- --modules DIR  score another implementation laid out like src/
 *
 * Exits 0 whatever the scores are; exits 1 only when a data file is malformed, naming file:line.
 */
import { askCategories as askCategoryNames } from '../src/domain/question-to-ask.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

const postingCategories = ['requirements', 'preferred', 'responsibilities', 'skills'] as const;
type PostingCategory = (typeof postingCategories)[number];

const postingCase = z.strictObject({
  id: z.string().regex(/^p\d+$/, 'posting ids look like "p01"'),
  file: z.string().regex(/^p\d+\.(txt|md|html|json)$/, 'the posting file beside the labels'),
  format: z.enum(['text', 'markdown', 'html', 'json']).optional(),
  source: text,
  title: text.optional(),
  company: text.optional(),
  requirements: z.array(text),
  preferred: z.array(text),
  responsibilities: z.array(text),
  skills: z.array(text),
});

type AnswerCase = z.infer<typeof answerCase>;
type AskCase = z.infer<typeof askCase>;
type NoteCase = z.infer<typeof noteCase>;
type PostingCase = z.infer<typeof postingCase> & { readonly posting: string };

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

/** Every `postings/pNN.labels.json` with the posting file it names. */
function loadPostings(): PostingCase[] {
  const dir = path.join(evalDir, 'postings');
  if (!existsSync(dir)) throw new DataError('eval/postings: folder missing');
  const cases: PostingCase[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()) {
    const display = path.join('eval', 'postings', name);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      throw new DataError(`${display}: invalid JSON: ${describe(error)}`);
    }
    const parsed = postingCase.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`)
        .join('\n');
      throw new DataError(`${display}: does not match the schema:\n${issues}`);
    }
    if (`${parsed.data.id}.labels.json` !== name) {
      throw new DataError(`${display}: id "${parsed.data.id}" does not match the file name`);
    }
    let posting: string;
    try {
      posting = readFileSync(path.join(dir, parsed.data.file), 'utf8');
    } catch (error) {
      throw new DataError(`${display}: cannot read ${parsed.data.file}: ${describe(error)}`);
    }
    cases.push({ ...parsed.data, posting });
  }
  if (cases.length === 0) throw new DataError('eval/postings: no cases');
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
const postingResult = z.object({
  title: z.string().optional(),
  company: z.string().optional(),
  requirements: z.array(z.string()),
  preferred: z.array(z.string()),
  responsibilities: z.array(z.string()),
  skills: z.array(z.string()),
});

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

/** Case, curly quotes, whitespace and trailing punctuation do not count. */
function normaliseItem(item: string): string {
  return item
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;:,!?]+$/, '');
}

/** Equal, or one contains the other and the shorter has at least 80% of the longer's words. */
function sameItem(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.includes(b) && !b.includes(a)) return false;
  const [wa, wb] = [a, b].map((t) => t.split(' ').filter((w) => w !== '').length) as [
    number,
    number,
  ];
  return Math.min(wa, wb) / Math.max(wa, wb) >= 0.8;
}

/** One-to-one matching of extracted to expected items: exact matches first, then near ones. */
function matchItems(expected: readonly string[], got: readonly string[]) {
  const want = expected.map(normaliseItem);
  const have = got.map(normaliseItem);
  const used = new Set<number>();
  const matched = new Set<number>();
  for (const exact of [true, false]) {
    have.forEach((item, g) => {
      if (matched.has(g)) return;
      const e = want.findIndex((w, i) => !used.has(i) && (exact ? w === item : sameItem(w, item)));
      if (e >= 0) {
        used.add(e);
        matched.add(g);
      }
    });
  }
  return {
    tp: matched.size,
    missed: expected.filter((_, i) => !used.has(i)),
    extra: got.filter((_, g) => !matched.has(g)),
  };
}

async function runPostings(cases: PostingCase[], modulesDir: string, verbose: boolean) {
  let read: Fn, extract: Fn;
  try {
    read = await loadFunction(modulesDir, 'io/posting-import.js', 'readPosting');
    extract = await loadFunction(modulesDir, 'coach/posting-extraction.js', 'extractPosting');
  } catch (error) {
    console.log(`\n== Job postings: skipped, extractor not available (${describe(error)}) ==`);
    return;
  }
  const tallies = new Map<PostingCategory, Tally>(
    postingCategories.map((c) => [c, { support: 0, tp: 0, fp: 0, fn: 0 }]),
  );
  const misses: { id: string; label: string; kind: 'FN' | 'FP'; item: string }[] = [];
  const errors: { id: string; error: string }[] = [];
  const named = { title: [0, 0], company: [0, 0] };
  const timings: number[] = [];
  for (const c of cases) {
    let result: z.infer<typeof postingResult>;
    try {
      const document = read(c.posting, c.format);
      const started = performance.now();
      result = postingResult.parse(extract(document));
      timings.push(performance.now() - started);
    } catch (error) {
      errors.push({ id: c.id, error: describe(error) });
      continue;
    }
    for (const category of postingCategories) {
      const tally = tallies.get(category)!;
      const { tp, missed, extra } = matchItems(c[category], result[category]);
      tally.support += c[category].length;
      tally.tp += tp;
      tally.fn += missed.length;
      tally.fp += extra.length;
      for (const item of missed) misses.push({ id: c.id, label: category, kind: 'FN', item });
      for (const item of extra) misses.push({ id: c.id, label: category, kind: 'FP', item });
    }
    for (const field of ['title', 'company'] as const) {
      const expected = c[field];
      if (expected === undefined) continue;
      named[field][1]!++;
      const got = result[field];
      if (got !== undefined && normaliseItem(got) === normaliseItem(expected)) named[field][0]!++;
      else
        misses.push({
          id: c.id,
          label: field,
          kind: 'FN',
          item: `${expected} (got ${got ?? 'nothing'})`,
        });
    }
  }
  const scored = cases.length - errors.length;
  console.log(`\n== Job postings (${scored} of ${cases.length} cases scored) ==\n`);
  const sum = { support: 0, tp: 0, fp: 0, fn: 0 };
  const rows = postingCategories.map((category) => {
    const t = tallies.get(category)!;
    for (const key of ['support', 'tp', 'fp', 'fn'] as const) sum[key] += t[key];
    const s = scores(t);
    return [category, t.support, t.tp, t.fp, t.fn, fmt(s.precision), fmt(s.recall), fmt(s.f1)].map(
      String,
    );
  });
  const m = scores(sum);
  rows.push(
    [
      'micro, all categories',
      sum.support,
      sum.tp,
      sum.fp,
      sum.fn,
      fmt(m.precision),
      fmt(m.recall),
      fmt(m.f1),
    ].map(String),
  );
  console.log(table(['label', 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], rows));
  console.log(
    '\nItems match when equal after normalising case, whitespace and trailing punctuation, or when' +
      '\none contains the other with at least 80% of its words.',
  );
  console.log(
    `Title found: ${named.title[0]}/${named.title[1]}; company found: ${named.company[0]}/${named.company[1]}.`,
  );
  if (timings.length > 0) {
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `Extraction time per posting (after reading): median ${median.toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms.`,
    );
  }
  if (errors.length > 0) {
    console.log(`\n${errors.length} case(s) could not be scored:`);
    for (const e of errors) console.log(`  ${e.id}: ${e.error}`);
  }
  if (verbose && misses.length > 0) {
    console.log(`\nMismatches (${misses.length}):`);
    for (const miss of misses)
      console.log(`  ${miss.id}  ${miss.kind}  ${miss.label}: ${miss.item}`);
  }
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
      'usage: npm run eval -- [--verbose] [--set answers|asks|notes|postings]... [--modules DIR]\n' +
        'Scores src/coach analysers against eval/*.jsonl and eval/postings/. See eval/README.md.',
    );
    return 0;
  }
  const sets = new Set(values.set ?? ['answers', 'asks', 'notes', 'postings']);
  for (const s of sets) {
    if (!['answers', 'asks', 'notes', 'postings'].includes(s)) {
      console.error(`Unknown set "${s}"; expected answers, asks, notes or postings.`);
      return 1;
    }
  }
  const modulesDir = path.resolve(values.modules ?? path.join(evalDir, '..', 'src'));

  let answers: AnswerCase[], asks: AskCase[], notes: NoteCase[], postings: PostingCase[];
  try {
    answers = loadSet('answers.jsonl', answerCase);
    asks = loadSet('asks.jsonl', askCase);
    notes = loadSet('notes.jsonl', noteCase);
    postings = loadPostings();
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`Malformed evaluation data: ${error.message}`);
      return 1;
    }
    throw error;
  }
  console.log(
    `Round Two coach evaluation: ${answers.length} answers, ${asks.length} questions to ask, ` +
      `${notes.length} thank-you notes, ${postings.length} job postings (analysers from ${path.relative(process.cwd(), modulesDir) || '.'})`,
  );
  if (sets.has('answers')) await runAnswers(answers, modulesDir, values.verbose);
  if (sets.has('asks')) await runAsks(asks, modulesDir, values.verbose);
  if (sets.has('notes')) await runNotes(notes, modulesDir, values.verbose);
  if (sets.has('postings')) await runPostings(postings, modulesDir, values.verbose);
  return 0;
}

process.exitCode = await main();
